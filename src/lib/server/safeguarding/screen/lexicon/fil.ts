// Filipino (Tagalog and Taglish). Writer's own voice: ako, ko, akin.
import type { Lexicon } from './types';

const relative = '(tito|tita|tatay|papa|itay|stepdad|step dad|amain|kuya|lolo|teacher|titser|guro|coach|kapitbahay|boyfriend|bf|pinsan|nanay|mama|lalaki)';
const hurt =
	'(sinasaktan|sinaktan|binubugbog|binugbog|hinahawakan|hinawakan|ginagalaw|ginalaw|hinihipuan|hinipuan|ginahasa|minomolestiya|minolestiya|inaabuso|inabuso|tinatakot|tinakot|pinipilit|pinilit|kinukunan|sinasampal|sinampal|pinagbabantaan)';

export const fil: Lexicon = {
	locale: 'fil',
	abuse: ['putangina', 'putanginamo', 'tangina', 'tanginamo', 'puta', 'gago', 'gaga', 'tanga', 'bobo', 'boba', 'ulol', 'ulul', 'tarantado', 'leche', 'letse', 'punyeta', 'pakyu', 'pakshet', 'kupal', 'inutil', 'pokpok', 'hinayupak', 'kingina', 'buwisit', 'bwisit', 'tae', 'hayop ka', 'putang ina', 'tang ina'],
	mild: ['tanga', 'bobo', 'hayop', 'baboy'],
	bullying: ['(ang|napaka) (pangit|bobo|tanga|taba) mo', 'walang (may gusto|nagmamahal) (sa iyo|sayo|sa yo)', 'mamatay ka [na]'],
	contact: [
		'(add|i add|iadd) mo (ako|ko) ~2 (fb|facebook|messenger|ig|tiktok|telegram|viber|discord)',
		'(chat|pm|dm|message|text|itext) mo (ako|ko|ako sa)',
		'(magkita|kita|mag meet) tayo',
		'(chat|usap|mag usap|text) tayo ~1 (privately|in private|sa pm|sa dm|tayong dalawa)',
		'(secret|sikreto) lang ~1 (natin|to)',
				'(bigay|ibigay|pahingi|penge) (mo|ng) (number|num|address|fb)',
		'ilang taon ka',
		'tawagan (mo|nyo|niyo) (ako|ko)',
		'(anong|saang|ano) (school|paaralan|eskwelahan) mo',
		'sunduin kita',
		'(send|padala|pasend|magsend) ~2 (pic|pics|picture|litrato|larawan|video|selfie)',
		'(huwag|wag|h wag) (mong|mo|nyo|niyo) (sabihin|ipagsabi|sasabihin|ikwento) ~2',
		'sikreto [lang] natin',
		'(saan|san) ka (nakatira|nakatera|nag aaral)'
	],
	disclosure: [
		'nagbabanta ~3 (ikakalat|ipapakalat|ipopost|ikalat|ipost) ~3 (pics|pic|picture|video|litrato|larawan)',
		'(pinapagawa|pinagawa|pinipilit) ako ~4 (video|pic|picture|litrato)',
		'(hinalikan|hinahalikan|minolestya|minomolestya|hinipuan|hinihipuan) ako',`${hurt} ~1 ako ~3 (ng|ni) ~2 ${relative}`, `${hurt} (ako|ko)`, `(ginahasa|minolestiya|inabuso|ginalaw|hinipuan|binugbog|sinaktan) ako`, `(takot|natatakot) (akong|ako na) umuwi`],
	selfHarm: ['gusto ko ~2 (mamatay|mawala)', '(naglaslas|maglaslas|laslas)', 'wala (nang|na) saysay ~2 (mabuhay|buhay)', 'gusto ko [nang|na|ng] mamatay', '(magpapakamatay|magpakamatay) ~2', 'papatayin ko [ang] sarili ko', '(sasaktan|sinasaktan|sinaktan|hiniwa|hinihiwa) ko [ang] sarili ko', '(ayoko|ayaw ko) [nang|na] (mabuhay|mabuhay pa)', 'wala (nang|na) (dahilan|silbi) [ang] buhay ko'],
	digits: [['sero', 'zero'], ['isa'], ['dalawa'], ['tatlo'], ['apat'], ['lima'], ['anim'], ['pito'], ['walo'], ['siyam']],
	streetWords: ['purok', 'barangay', 'brgy', 'sitio', 'blk', 'lot', 'kalye', 'phase']
};
