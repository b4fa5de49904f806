/* Refugee Help NL web chat (browser side). Plain ES2017, no dependencies.
 * Bot and user text is only ever added as text nodes / attributes built here, never as HTML. */
(function () {
  'use strict';

  var EMBED = /[?&]embed=1(?:&|#|$)/.test(location.search);
  if (EMBED) document.documentElement.className += ' embed';

  var API_MESSAGES = 'api/chat/messages';
  var API_WELCOME = 'api/chat/welcome';
  var SESSION_KEY = 'rhb-session';
  var LANG_KEY = 'rhb-lang';
  var SESSION_RE = /^[A-Za-z0-9-]{16,64}$/;
  var LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
  var RTL = { ar: 1, fa: 1, ps: 1 };
  var URGENT = { danger: 1, medical: 1, suicide: 1, violence: 1 };
  var TIMEOUT_MS = 45000;

  // Interface strings (machine-assisted translations, to be reviewed like the locales). Fallback: English.
  var T = {
    en: { label: 'Type your question', send: 'Send', reset: 'Start again / forget me', close: 'Close', retry: 'Try again', call: 'Call',
      error: 'Message not sent. Check your connection and try again.', wait: 'The service is busy. Wait a moment and try again.',
      tooLong: 'Your message is too long. Please make it shorter.', confirm: 'Delete this conversation from this device and start again?' },
    nl: { label: 'Typ je vraag', send: 'Verstuur', reset: 'Opnieuw beginnen / vergeet mij', close: 'Sluiten', retry: 'Opnieuw proberen', call: 'Bel',
      error: 'Bericht niet verstuurd. Controleer je verbinding en probeer het opnieuw.', wait: 'De dienst is druk. Wacht even en probeer het opnieuw.',
      tooLong: 'Je bericht is te lang. Maak het korter.', confirm: 'Dit gesprek van dit apparaat wissen en opnieuw beginnen?' },
    ar: { label: 'اكتب سؤالك', send: 'إرسال', reset: 'ابدأ من جديد / احذف بياناتي', close: 'إغلاق', retry: 'حاول مرة أخرى', call: 'اتصل',
      error: 'لم تُرسل الرسالة. تحقق من اتصالك وحاول مرة أخرى.', wait: 'الخدمة مشغولة. انتظر قليلاً وحاول مرة أخرى.',
      tooLong: 'رسالتك طويلة جداً. اجعلها أقصر.', confirm: 'هل تريد حذف هذه المحادثة من هذا الجهاز والبدء من جديد؟' },
    fa: { label: 'سؤال خود را بنویسید', send: 'ارسال', reset: 'شروع دوباره / مرا فراموش کن', close: 'بستن', retry: 'دوباره امتحان کنید', call: 'تماس با',
      error: 'پیام ارسال نشد. اتصال خود را بررسی کنید و دوباره امتحان کنید.', wait: 'سرویس شلوغ است. کمی صبر کنید و دوباره امتحان کنید.',
      tooLong: 'پیام شما خیلی طولانی است. آن را کوتاه‌تر کنید.', confirm: 'این گفتگو از این دستگاه پاک شود و از نو شروع شود؟' },
    ps: { label: 'خپله پوښتنه ولیکئ', send: 'لېږل', reset: 'له سره پیل / ما هېر کړئ', close: 'بندول', retry: 'بیا هڅه وکړئ', call: 'زنګ ووهئ',
      error: 'پیغام ونه لېږل شو. خپل اتصال وګورئ او بیا هڅه وکړئ.', wait: 'خدمت بوخت دی. لږ صبر وکړئ او بیا هڅه وکړئ.',
      tooLong: 'ستاسو پیغام ډېر اوږد دی. لنډ یې کړئ.', confirm: 'دا خبرې اترې له دې وسیلې پاکې او له سره پیل شي؟' },
    ti: { label: 'ሕቶኻ ጽሓፍ', send: 'ስደድ', reset: 'እንደገና ጀምር / ረስዓኒ', close: 'ዕጸው', retry: 'እንደገና ፈትን', call: 'ደውል',
      error: 'መልእኽቲ ኣይተላእከን። ርክብካ ኣረጋግጽ እሞ እንደገና ፈትን።', wait: 'እቲ ኣገልግሎት ተጸሚዱ ኣሎ። ቁሩብ ተጸበ እሞ እንደገና ፈትን።',
      tooLong: 'መልእኽትኻ ኣዝዩ ነዊሕ እዩ። ኣሕጽሮ።', confirm: 'እዚ ዕላል ካብዚ መሳርሒ ይደምሰስ እሞ እንደገና ይጀመር?' },
    am: { label: 'ጥያቄዎን ይጻፉ', send: 'ላክ', reset: 'እንደገና ጀምር / እርሳኝ', close: 'ዝጋ', retry: 'እንደገና ይሞክሩ', call: 'ይደውሉ',
      error: 'መልእክቱ አልተላከም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።', wait: 'አገልግሎቱ ተጨናንቋል። ትንሽ ቆይተው እንደገና ይሞክሩ።',
      tooLong: 'መልእክትዎ በጣም ረጅም ነው። ያሳጥሩት።', confirm: 'ይህን ውይይት ከዚህ መሣሪያ አጥፍተው እንደገና ይጀምሩ?' },
    so: { label: "Qor su'aashaada", send: 'Dir', reset: 'Dib u bilow / i illow', close: 'Xir', retry: 'Isku day mar kale', call: 'Wac',
      error: 'Fariinta lama dirin. Hubi internetkaaga oo isku day mar kale.', wait: 'Adeeggu waa mashquul. Wax yar sug oo isku day mar kale.',
      tooLong: 'Fariintaadu aad bay u dheer tahay. Soo gaabi.', confirm: 'Ma tirtirtaa wadahadalkan qalabkan oo dib u bilaabaysaa?' },
    tr: { label: 'Sorunuzu yazın', send: 'Gönder', reset: 'Yeniden başla / beni unut', close: 'Kapat', retry: 'Tekrar dene', call: 'Ara',
      error: 'Mesaj gönderilemedi. Bağlantınızı kontrol edip tekrar deneyin.', wait: 'Hizmet şu anda yoğun. Biraz bekleyip tekrar deneyin.',
      tooLong: 'Mesajınız çok uzun. Lütfen kısaltın.', confirm: 'Bu sohbet bu cihazdan silinsin ve yeniden başlansın mı?' },
    ku: { label: 'Pirsa xwe binivîse', send: 'Bişîne', reset: 'Ji nû ve dest pê bike / min ji bîr bike', close: 'Bigire', retry: 'Dîsa biceribîne', call: 'Telefon bike',
      error: 'Peyam nehat şandin. Girêdana xwe kontrol bike û dîsa biceribîne.', wait: 'Xizmet mijûl e. Hinekî bisekine û dîsa biceribîne.',
      tooLong: 'Peyama te pir dirêj e. Kurttir bike.', confirm: 'Vê axaftinê ji vê cîhazê jê bibe û ji nû ve dest pê bike?' },
    uk: { label: 'Напишіть своє запитання', send: 'Надіслати', reset: 'Почати знову / забути мене', close: 'Закрити', retry: 'Спробувати ще раз', call: 'Дзвонити',
      error: "Повідомлення не надіслано. Перевірте з'єднання і спробуйте ще раз.", wait: 'Сервіс зайнятий. Зачекайте трохи і спробуйте ще раз.',
      tooLong: 'Ваше повідомлення задовге. Скоротіть його.', confirm: 'Видалити цю розмову з цього пристрою і почати знову?' },
    ru: { label: 'Напишите свой вопрос', send: 'Отправить', reset: 'Начать заново / забыть меня', close: 'Закрыть', retry: 'Попробовать ещё раз', call: 'Звонить',
      error: 'Сообщение не отправлено. Проверьте подключение и попробуйте ещё раз.', wait: 'Сервис занят. Подождите немного и попробуйте ещё раз.',
      tooLong: 'Ваше сообщение слишком длинное. Сократите его.', confirm: 'Удалить этот разговор с устройства и начать заново?' },
    fr: { label: 'Écrivez votre question', send: 'Envoyer', reset: "Recommencer / m'oublier", close: 'Fermer', retry: 'Réessayer', call: 'Appeler le',
      error: 'Message non envoyé. Vérifiez votre connexion et réessayez.', wait: 'Le service est occupé. Patientez un peu et réessayez.',
      tooLong: 'Votre message est trop long. Raccourcissez-le.', confirm: 'Effacer cette conversation de cet appareil et recommencer ?' },
    es: { label: 'Escribe tu pregunta', send: 'Enviar', reset: 'Empezar de nuevo / olvidarme', close: 'Cerrar', retry: 'Reintentar', call: 'Llamar al',
      error: 'Mensaje no enviado. Comprueba tu conexión e inténtalo de nuevo.', wait: 'El servicio está ocupado. Espera un momento e inténtalo de nuevo.',
      tooLong: 'Tu mensaje es demasiado largo. Acórtalo.', confirm: '¿Borrar esta conversación de este dispositivo y empezar de nuevo?' },
  };

  // ---- storage (localStorage can be blocked, e.g. third-party iframes or private mode) ----
  var memory = {};
  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return memory[key] || null; }
  }
  function save(key, value) {
    try {
      if (value == null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, value);
    } catch (e) { /* fall through to memory */ }
    if (value == null) delete memory[key]; else memory[key] = value;
  }

  function baseLang(tag) {
    return typeof tag === 'string' ? tag.toLowerCase().split(/[-_]/)[0] : '';
  }
  function browserLang() {
    return (navigator.languages && navigator.languages[0]) || navigator.language || '';
  }

  // ---- state ----
  var state = {
    sessionId: null,
    lang: null, // language of the last reply (or of the browser when we have strings for it)
    busy: false,
    pending: null, // { body, bubble, buttons, fromChoice, text }
    retry: null, // function to run when the retry button is pressed
  };

  var els = {};

  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.appendChild(document.createTextNode(String(text)));
    return node;
  }
  function str(key) {
    var table = T[baseLang(state.lang)] || T.en;
    return table[key] || T.en[key];
  }

  // ---- page language / interface strings ----
  function setPageLang(lang, dir) {
    var root = document.documentElement;
    if (lang) root.setAttribute('lang', lang);
    root.setAttribute('dir', dir === 'rtl' ? 'rtl' : 'ltr');
    state.lang = lang || state.lang;
    els.label.textContent = str('label');
    els.input.setAttribute('placeholder', str('label'));
    els.send.textContent = str('send');
    els.reset.textContent = str('reset');
    els.close.textContent = '\u2715 ' + str('close');
    els.retry.textContent = str('retry');
  }

  // ---- linkify: URLs, bare domains, e-mail addresses and phone numbers become links (DOM nodes only) ----
  var TLDS = 'nl|com|org|net|eu|info|be|de|int|gov|io|app|online|amsterdam|frl';
  var LINK_RE = new RegExp(
    '(https?:\\/\\/[^\\s<>"\']+)' + // 1 full URL
      '|([a-z0-9._%+-]+@(?:[a-z0-9-]+\\.)+[a-z]{2,})' + // 2 e-mail
      '|((?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:' + TLDS + ')(?![a-z0-9-])(?:[\\/?#][^\\s<>"\']*)?)' + // 3 bare domain
      '|((?:\\+\\d{2,3}[ \\u00a0-]?(?:\\(0\\)[ \\u00a0-]?)?|0)\\d(?:[ \\u00a0-]?\\d){6,10})' + // 4 phone number
      '|(11[23])', // 5 emergency / suicide-prevention short numbers
    'gi'
  );
  var TRAIL_RE = /[.,;:!?)\]}'"»”’،؛؟…]+$/;
  var WORDISH = /[0-9A-Za-z\u00c0-\u024f@._+\-/]/;

  function phoneHref(raw) {
    var plus = raw.charAt(0) === '+';
    var digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
    if (plus ? digits.length < 9 || digits.length > 13 : digits.length < 8 || digits.length > 11) return null;
    if (/^\d{1,2}[ -]\d{1,2}[ -]\d{2,4}$/.test(raw)) return null; // a date like 01-02-2025
    return 'tel:' + (plus ? '+' : '') + digits;
  }

  function appendLinked(parent, text) {
    var last = 0;
    var m;
    LINK_RE.lastIndex = 0;
    while ((m = LINK_RE.exec(text)) !== null) {
      var start = m.index;
      var raw = m[0];
      var before = start > 0 ? text.charAt(start - 1) : '';
      var href = null;
      var shown = raw;
      var external = false;
      if (m[1] || m[3]) {
        var trail = raw.match(TRAIL_RE);
        if (trail) shown = raw.slice(0, raw.length - trail[0].length);
        if (m[3] && before && WORDISH.test(before)) shown = '';
        if (shown && /[a-z]/i.test(shown)) {
          href = m[1] ? shown : 'https://' + shown;
          external = true;
        }
      } else if (m[2]) {
        if (!(before && WORDISH.test(before))) href = 'mailto:' + raw;
      } else {
        var after = text.charAt(start + raw.length);
        var after2 = text.charAt(start + raw.length + 1);
        var okBefore = !before || !/[0-9A-Za-z+.\-/]/.test(before);
        var okAfter = !after || (!/[0-9A-Za-z]/.test(after) && !(/[.,\-/]/.test(after) && /\d/.test(after2)));
        if (okBefore && okAfter) href = m[4] ? phoneHref(raw) : 'tel:' + raw;
      }
      if (!href) {
        if (!shown) shown = raw;
        // Not a link: leave it in the text and continue after it.
        continue;
      }
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      var a = document.createElement('a');
      a.setAttribute('href', href);
      if (external) {
        a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener noreferrer');
      }
      if (href.indexOf('tel:') === 0 || href.indexOf('mailto:') === 0) a.setAttribute('dir', 'ltr');
      a.appendChild(document.createTextNode(shown));
      parent.appendChild(a);
      last = start + shown.length;
      LINK_RE.lastIndex = last;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function richText(tag, className, text) {
    var node = el(tag, className);
    var lines = String(text).split(/\r?\n/);
    for (var i = 0; i < lines.length; i++) {
      if (i > 0) node.appendChild(document.createElement('br'));
      appendLinked(node, lines[i]);
    }
    return node;
  }

  // ---- rendering ----
  function scrollToNode(node, toEnd) {
    var log = els.log;
    if (toEnd || node.offsetHeight < log.clientHeight) log.scrollTop = log.scrollHeight;
    else log.scrollTop = Math.max(0, node.offsetTop - 8);
  }

  function addUserMessage(text) {
    var bubble = el('div', 'msg user', text);
    bubble.setAttribute('dir', 'auto');
    els.log.appendChild(bubble);
    scrollToNode(bubble, true);
    return bubble;
  }

  function callLink(number, label, secondary) {
    var a = el('a', 'call' + (secondary ? ' secondary' : ''));
    a.setAttribute('href', 'tel:' + number);
    a.appendChild(document.createTextNode('\ud83d\udcde ' + label + ' '));
    var n = el('span', null, number);
    n.setAttribute('dir', 'ltr');
    a.appendChild(n);
    return a;
  }

  function choiceButton(choice, kind) {
    var label = String(choice.label == null ? choice.id : choice.label);
    var shown = label;
    if (kind === 'feedback') {
      var down = /(^|:)down(:|$)/.test(choice.id);
      shown = (down ? '\ud83d\udc4e ' : '\ud83d\udc4d ') + label;
    }
    var b = el('button', 'choice', shown);
    b.setAttribute('type', 'button');
    if (kind === 'languages') {
      var code = /^lang:([a-z]{2,3})$/.exec(choice.id);
      if (code) b.setAttribute('lang', code[1]);
      b.setAttribute('dir', 'auto');
    }
    b.addEventListener('click', function () {
      if (b.disabled || state.busy) return;
      var buttons = Array.prototype.slice.call(els.log.querySelectorAll('button.choice:not([disabled])'));
      buttons.forEach(function (x) { x.disabled = true; });
      b.className += ' chosen';
      sendMessage({ choiceId: String(choice.id) }, shown, { fromChoice: true, buttons: buttons, chosen: b });
    });
    return b;
  }

  function renderReply(reply) {
    var lang = typeof reply.language === 'string' && LANG_RE.test(reply.language) ? reply.language : state.lang || 'en';
    var dir = reply.dir === 'rtl' || (reply.dir !== 'ltr' && RTL[baseLang(lang)]) ? 'rtl' : 'ltr';
    setPageLang(lang, dir);

    var msg = el('div', 'msg bot');
    msg.setAttribute('lang', lang);
    msg.setAttribute('dir', dir);
    msg.setAttribute('tabindex', '-1');

    if (reply.urgent && URGENT[reply.urgent]) {
      msg.className += ' urgent';
      msg.setAttribute('role', 'alert');
      var calls = el('div', 'calls');
      calls.appendChild(callLink('112', str('call')));
      if (reply.urgent === 'suicide') calls.appendChild(callLink('113', str('call'), true));
      msg.appendChild(calls);
    }

    var parts = Array.isArray(reply.parts) ? reply.parts : [];
    parts.forEach(function (part) {
      if (!part || typeof part !== 'object') return;
      if (part.type === 'text' && part.text) {
        msg.appendChild(richText('p', null, part.text));
      } else if (part.type === 'sources' && part.text) {
        msg.appendChild(richText('p', 'sources', part.text));
      } else if (part.type === 'choices' && Array.isArray(part.choices) && part.choices.length) {
        var kind = part.kind;
        var wrap = el('div', 'choices ' + (kind === 'feedback' ? 'feedback' : 'list'));
        wrap.setAttribute('role', 'group');
        part.choices.forEach(function (c) {
          if (c && c.id) wrap.appendChild(choiceButton(c, kind));
        });
        msg.appendChild(wrap);
      }
    });

    els.log.appendChild(msg);
    scrollToNode(msg, false);
    return msg;
  }

  // ---- network ----
  async function request(method, url, body) {
    var opts = { method: method, headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' };
    if (body) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    var timer = null;
    if (typeof AbortController === 'function') {
      var ctrl = new AbortController();
      opts.signal = ctrl.signal;
      timer = setTimeout(function () { ctrl.abort(); }, TIMEOUT_MS);
    }
    try {
      var res = await fetch(url, opts);
      var data = null;
      try { data = await res.json(); } catch (e) { data = null; }
      if (!res.ok || !data || !data.reply || typeof data.reply !== 'object') {
        var err = new Error((data && data.error) || 'HTTP ' + res.status);
        err.status = res.status || 0;
        throw err;
      }
      return data;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  function setBusy(on) {
    state.busy = on;
    els.typing.hidden = !on;
    els.log.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) els.log.scrollTop = els.log.scrollHeight;
  }

  function showError(err, retry) {
    var status = err && err.status;
    var key = status === 413 ? 'tooLong' : status === 429 || status >= 500 ? 'wait' : 'error';
    els.errorText.textContent = str(key);
    state.retry = retry;
    els.retry.hidden = !retry;
    els.error.hidden = false;
  }
  function hideError() {
    els.error.hidden = true;
    state.retry = null;
  }

  // Sends one message. `shown` is what appears as the user's bubble.
  function sendMessage(body, shown, opts) {
    if (state.busy) return false;
    opts = opts || {};
    var payload = { text: body.text, choiceId: body.choiceId };
    if (!payload.text) delete payload.text;
    if (!payload.choiceId) delete payload.choiceId;
    hideError();
    var pending = { payload: payload, bubble: addUserMessage(shown), opts: opts };
    state.pending = pending;
    deliver(pending);
    return true;
  }

  async function deliver(pending) {
    var body = {};
    if (state.sessionId) body.sessionId = state.sessionId;
    else body.languageHint = (load(LANG_KEY) || browserLang()).slice(0, 35);
    if (pending.payload.text) body.text = pending.payload.text;
    else body.choiceId = pending.payload.choiceId;

    pending.bubble.className = pending.bubble.className.replace(/\s*failed/g, '');
    setBusy(true);
    var data;
    try {
      data = await request('POST', API_MESSAGES, body);
    } catch (err) {
      setBusy(false);
      if (err.status === 400 && state.sessionId && /session/i.test(err.message)) {
        // A stored session the server no longer accepts: drop it and try once more as a new conversation.
        forgetSession();
        if (!pending.retried) {
          pending.retried = true;
          deliver(pending);
          return;
        }
      }
      pending.bubble.className += ' failed';
      if (pending.opts.fromChoice) {
        pending.opts.buttons.forEach(function (x) { x.disabled = false; });
        pending.opts.chosen.className = pending.opts.chosen.className.replace(/\s*chosen/g, '');
      } else if (pending.payload.text && !els.input.value) {
        // Nothing typed is lost: put the text back.
        els.input.value = pending.payload.text;
        autoGrow();
      }
      showError(err, function () {
        if (state.busy) return;
        if (pending.opts.fromChoice) {
          pending.opts.buttons.forEach(function (x) { x.disabled = true; });
          pending.opts.chosen.className += ' chosen';
        } else if (els.input.value === pending.payload.text) {
          els.input.value = '';
          autoGrow();
        }
        hideError();
        if (!pending.opts.fromChoice) els.input.focus();
        deliver(pending);
      });
      return;
    }
    setBusy(false);
    if (state.pending === pending) state.pending = null;
    if (typeof data.sessionId === 'string' && SESSION_RE.test(data.sessionId)) {
      state.sessionId = data.sessionId;
      save(SESSION_KEY, data.sessionId);
    }
    var msg = renderReply(data.reply);
    if (state.sessionId && state.lang) save(LANG_KEY, state.lang);
    if (pending.opts.fromChoice) {
      // The pressed button is now disabled: move focus to the answer so keyboard users are not lost.
      var next = msg.querySelector('button.choice:not([disabled])');
      focusNoScroll(next || msg);
    }
  }

  function focusNoScroll(node) {
    try { node.focus({ preventScroll: true }); } catch (e) { node.focus(); }
  }

  async function loadWelcome() {
    hideError();
    setBusy(true);
    var hint = (load(LANG_KEY) || browserLang()).slice(0, 35);
    try {
      var data = await request('GET', API_WELCOME + (hint ? '?languageHint=' + encodeURIComponent(hint) : ''));
      setBusy(false);
      renderReply(data.reply);
      els.log.scrollTop = 0;
    } catch (err) {
      setBusy(false);
      showError(err, function () {
        focusNoScroll(els.log);
        loadWelcome();
      });
    }
  }

  function forgetSession() {
    state.sessionId = null;
    save(SESSION_KEY, null);
    save(LANG_KEY, null);
  }

  function resetConversation() {
    if (state.busy) return;
    if (!window.confirm(str('confirm'))) return;
    var old = state.sessionId;
    if (old) {
      // Ask the server to erase what it keeps about this conversation.
      try {
        fetch('/api/chat/session', {
          method: 'DELETE', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ sessionId: old }), credentials: 'same-origin', keepalive: true,
        }).catch(function () {});
      } catch (e) { /* ignore */ }
    }
    forgetSession();
    state.pending = null;
    hideError();
    while (els.log.firstChild) els.log.removeChild(els.log.firstChild);
    els.input.value = '';
    autoGrow();
    var ui = baseLang(browserLang());
    setPageLang(T[ui] ? ui : 'en', RTL[ui] ? 'rtl' : 'ltr');
    loadWelcome();
  }

  // ---- composer ----
  function autoGrow() {
    var input = els.input;
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 4, 150) + 'px';
  }

  function submitInput() {
    var text = els.input.value.replace(/^\s+|\s+$/g, '');
    if (!text || state.busy) return;
    if (sendMessage({ text: text }, text, { fromChoice: false })) {
      els.input.value = '';
      autoGrow();
    }
  }

  function closeEmbed() {
    if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'rhb-close' }, '*');
  }

  function init() {
    els.log = $('log');
    els.typing = $('typing');
    els.error = $('error');
    els.errorText = $('error-text');
    els.retry = $('retry');
    els.form = $('composer');
    els.input = $('input');
    els.label = $('input-label');
    els.send = $('send');
    els.reset = $('reset');
    els.close = $('close');
    if (!els.log || !els.input) return;

    var stored = load(SESSION_KEY);
    state.sessionId = stored && SESSION_RE.test(stored) ? stored : null;
    if (!state.sessionId && stored) save(SESSION_KEY, null);

    var ui = baseLang(load(LANG_KEY) || browserLang());
    setPageLang(T[ui] ? ui : 'en', RTL[ui] ? 'rtl' : 'ltr');

    els.form.addEventListener('submit', function (e) {
      e.preventDefault();
      submitInput();
    });
    els.input.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.keyCode === 13) && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        submitInput();
      }
    });
    els.input.addEventListener('input', autoGrow);
    els.retry.addEventListener('click', function () {
      if (state.retry) state.retry();
    });
    els.reset.addEventListener('click', resetConversation);

    if (EMBED && window.parent !== window) {
      els.close.hidden = false;
      els.close.addEventListener('click', closeEmbed);
      document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' || e.key === 'Esc') closeEmbed();
      });
    }

    loadWelcome();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
