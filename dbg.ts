import { readFileSync } from 'node:fs';
import { loadConfig } from './src/config.js';
import { assembleCore } from './src/core-assembly.js';
const texts = readFileSync('tests/eval/dev-cases.jsonl','utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text as string);
const core = await assembleCore(loadConfig({ LOG_LEVEL: 'silent' }));
const lat: number[] = [];
for (let i = 0; i < 12000; i++) { const s = performance.now(); await core.pipeline.handle({ key: 'k'+i, channel: 'eval', userKey: 'u'+(i%5000), content: { type: 'text', text: texts[i % texts.length]! }, receivedAt: new Date() }); if (i >= 2000) lat.push(performance.now()-s); }
lat.sort((a,b)=>a-b); const sum = lat.reduce((a,b)=>a+b,0);
console.log('msg/s', Math.round(lat.length / (sum/1000)), 'p50', lat[Math.floor(lat.length*0.5)], 'p99', lat[Math.floor(lat.length*0.99)]);
// slowest texts
const per: [number,string][] = [];
for (const t of texts) { const s = performance.now(); for (let k=0;k<5;k++) await core.pipeline.handle({ key: 'x', channel: 'eval', userKey: 'z', content: { type: 'text', text: t }, receivedAt: new Date() }); per.push([(performance.now()-s)/5, t.slice(0,60)]); }
per.sort((a,b)=>b[0]-a[0]); console.log(per.slice(0,8));
