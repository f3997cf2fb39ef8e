import { screenText } from '../src/lib/server/safeguarding/screen/index';
const parts = ['I think the age limit in Section 4 should be 16, not 13, because younger kids cannot judge risks online.', 'ผมคิดว่ากฎหมายนี้ดีมาก แต่ควรให้เด็กมีส่วนร่วมมากกว่านี้ในการออกแบบระบบรายงาน', 'Menurut saya platform harus menghapus konten pelecehan dalam 24 jam.', 'Em nghĩ luật này cần bảo vệ trẻ em khỏi lừa đảo trên mạng.', 'Dapat may report button sa lahat ng apps para sa mga bata, kasi minsan takot kami magsumbong.', 'call me 081 234 5678 or add me on LINE mangostar', 'this is sh1t and f u c k the trolls'];
const texts: string[] = [];
for (let k = 0; k < 50; k++) { let t = ''; let i = k; while (t.length < 2000) t += parts[i++ % parts.length] + ' '; texts.push(t.slice(0, 2000)); }
for (let i = 0; i < 200; i++) screenText(texts[i % 50], { country: 'TH' });
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < 2000; i++) { const a = performance.now(); screenText(texts[i % 50], { country: 'TH', committeeCountry: 'PH' }); times.push(performance.now() - a); }
const total = performance.now() - t0;
times.sort((a, b) => a - b);
console.log('msgs/s', (2000 / total * 1000).toFixed(0), 'p50', times[1000].toFixed(3), 'p99', times[1980].toFixed(3));
