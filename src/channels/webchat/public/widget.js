/* Refugee Help NL chat widget. Embed with:
 *   <script src="https://THEIR-BOT-HOST/widget.js" async></script>
 * Adds a round chat button (bottom-right, bottom-left on right-to-left pages) that opens the chat in an iframe.
 * Styles are set through the DOM (no injected stylesheet), so strict style-src policies on the host page still work. */
(function () {
  'use strict';
  if (window.__rhbChatWidget) return;
  window.__rhbChatWidget = true;

  var script = document.currentScript;
  if (!script) {
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/widget\.js(?:[?#]|$)/.test(all[i].src)) { script = all[i]; break; }
    }
  }
  if (!script || !script.src) return;
  var origin;
  try { origin = new URL(script.src, location.href).origin; } catch (e) { return; }
  var SRC = origin + '/?embed=1';

  var CHAT_ICON = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';
  var CLOSE_ICON = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 1 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>';
  var Z = 2147483000;

  function css(node, styles) {
    for (var k in styles) if (Object.prototype.hasOwnProperty.call(styles, k)) node.style[k] = styles[k];
  }

  function isRtl() {
    var root = document.documentElement;
    var dir = (root.getAttribute('dir') || (document.body && document.body.getAttribute('dir')) || '').toLowerCase();
    if (dir === 'rtl') return true;
    if (dir === 'ltr') return false;
    try { return window.getComputedStyle(document.body || root).direction === 'rtl'; } catch (e) { return false; }
  }

  function init() {
    if (document.getElementById('rhb-chat-button')) return;
    var open = false;
    var frame = null;
    var narrowQuery = window.matchMedia ? window.matchMedia('(max-width: 480px)') : null;

    var button = document.createElement('button');
    button.id = 'rhb-chat-button';
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'rhb-chat-frame');
    button.setAttribute('aria-label', 'Chat – Refugee Help NL');
    button.title = 'Chat – Refugee Help NL';
    button.innerHTML = CHAT_ICON; // static markup, no outside text
    css(button, {
      position: 'fixed', bottom: '16px', width: '60px', height: '60px', margin: '0', padding: '0',
      border: '2px solid #ffffff', borderRadius: '50%', background: '#0b4f8a', color: '#ffffff', cursor: 'pointer',
      boxShadow: '0 2px 10px rgba(0,0,0,0.35)', zIndex: String(Z + 1), display: 'flex', alignItems: 'center',
      justifyContent: 'center', lineHeight: '1', fontSize: '16px', outline: 'none',
    });
    button.addEventListener('focus', function () { css(button, { outline: '3px solid #ffbf47', outlineOffset: '2px' }); });
    button.addEventListener('blur', function () { css(button, { outline: 'none' }); });

    function layout() {
      var rtl = isRtl();
      var narrow = narrowQuery ? narrowQuery.matches : window.innerWidth <= 480;
      css(button, { right: rtl ? 'auto' : '16px', left: rtl ? '16px' : 'auto' });
      // On a narrow phone the open chat covers the screen; it has its own Close button, so hide ours.
      button.style.display = open && narrow ? 'none' : 'flex';
      if (!frame) return;
      if (narrow) {
        css(frame, { top: '0', bottom: '0', left: '0', right: '0', width: '100%', height: '100%', maxHeight: 'none', borderRadius: '0', border: '0' });
      } else {
        css(frame, {
          top: 'auto', bottom: '88px', left: rtl ? '16px' : 'auto', right: rtl ? 'auto' : '16px', width: '380px', height: '600px',
          maxWidth: 'calc(100vw - 32px)', maxHeight: 'calc(100vh - 104px)', borderRadius: '12px', border: '1px solid #b8c0c8',
        });
      }
      frame.style.display = open ? 'block' : 'none';
    }

    function createFrame() {
      frame = document.createElement('iframe');
      frame.id = 'rhb-chat-frame';
      frame.title = 'Refugee Help NL chat';
      frame.setAttribute('src', SRC);
      frame.setAttribute('loading', 'eager');
      frame.setAttribute('referrerpolicy', 'no-referrer');
      css(frame, {
        position: 'fixed', zIndex: String(Z), background: '#ffffff', boxShadow: '0 4px 24px rgba(0,0,0,0.3)',
        display: 'none', margin: '0', padding: '0', colorScheme: 'light',
      });
      // Right after the button in the document, so Tab moves from the button into the chat.
      button.parentNode.insertBefore(frame, button.nextSibling);
      frame.addEventListener('load', function () {
        if (open) try { frame.focus(); } catch (e) { /* ignore */ }
      });
    }

    function setOpen(value) {
      open = value;
      if (open && !frame) createFrame();
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      button.innerHTML = open ? CLOSE_ICON : CHAT_ICON;
      layout();
      if (open) {
        try { frame.focus(); } catch (e) { /* ignore */ }
      } else {
        button.focus();
      }
    }

    button.addEventListener('click', function () { setOpen(!open); });
    document.addEventListener('keydown', function (e) {
      if (open && (e.key === 'Escape' || e.key === 'Esc')) setOpen(false);
    });
    // The chat page asks to be closed (its Close button or Escape inside the frame).
    window.addEventListener('message', function (e) {
      if (e.origin !== origin || !frame || e.source !== frame.contentWindow) return;
      if (e.data && e.data.type === 'rhb-close' && open) setOpen(false);
    });
    if (narrowQuery) {
      if (narrowQuery.addEventListener) narrowQuery.addEventListener('change', layout);
      else if (narrowQuery.addListener) narrowQuery.addListener(layout);
    }
    window.addEventListener('resize', layout);

    document.body.appendChild(button);
    layout();
  }

  if (document.body) init();
  else document.addEventListener('DOMContentLoaded', init);
})();
