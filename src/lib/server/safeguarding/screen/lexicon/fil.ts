// Filipino (Tagalog and Taglish). Writer's own voice: ako, ko, akin.
import type { Lexicon } from './types';

const relative = '(tito|tita|tatay|papa|itay|stepdad|step dad|amain|kuya|lolo|teacher|titser|guro|coach|kapitbahay|boyfriend|bf|pinsan|nanay|mama|lalaki)';
const hurt =
	'(sinasaktan|sinaktan|binubugbog|binugbog|hinahawakan|hinawakan|ginagalaw|ginalaw|hinihipuan|hinipuan|ginahasa|minomolestiya|minolestiya|inaabuso|inabuso|tinatakot|tinakot|pinipilit|pinilit|kinukunan|sinasampal|sinampal|pinagbabantaan)';

export const fil: Lexicon = {
	locale: 'fil',
	abuse: ['putangina', 'putanginamo', 'tangina', 'tanginamo', 'puta', 'gago', 'gaga', 'tanga', 'bobo', 'boba', 'ulol', 'ulul', 'tarantado', 'leche', 'letse', 'punyeta', 'pakyu', 'pakshet', 'kupal', 'inutil', 'pokpok', 'hinayupak', 'kingina', 'buwisit', 'bwisit', 'tae', 'hayop ka', 'putang ina', 'tang ina'],
	bullying: ['(ang|napaka) (pangit|bobo|tanga|taba) mo', 'walang (may gusto|nagmamahal) (sa iyo|sayo|sa yo)', 'mamatay ka [na]'],
	contact: [
		'(add|i add|iadd) mo (ako|ko) ~2 (fb|facebook|messenger|ig|tiktok|telegram|viber|discord)',
		'(chat|pm|dm|message|text|itext) mo (ako|ko|ako sa)',
		'(magkita|kita|mag meet) tayo',
		'ilang taon ka',
		'(send|padala|pasend|magsend) ~2 (pic|pics|picture|litrato|larawan|video|selfie)',
		'(huwag|wag|h wag) (mong|mo|nyo|niyo) (sabihin|ipagsabi|sasabihin|ikwento) ~2',
		'sikreto [lang] natin',
		'(saan|san) ka (nakatira|nakatera|nag aaral)'
	],
	disclosure: [`${hurt} ~1 ako ~3 (ng|ni) ~2 ${relative}`, `${hurt} (ako|ko)`, `(ginahasa|minolestiya|inabuso|ginalaw|hinipuan|binugbog|sinaktan) ako`, `(takot|natatakot) (akong|ako na) umuwi`],
	selfHarm: ['gusto ko [nang|na|ng] mamatay', '(magpapakamatay|magpakamatay) ~2', 'papatayin ko [ang] sarili ko', '(sasaktan|sinasaktan|sinaktan|hiniwa|hinihiwa) ko [ang] sarili ko', '(ayoko|ayaw ko) [nang|na] (mabuhay|mabuhay pa)', 'wala (nang|na) (dahilan|silbi) [ang] buhay ko'],
	digits: [['sero', 'zero'], ['isa'], ['dalawa'], ['tatlo'], ['apat'], ['lima'], ['anim'], ['pito'], ['walo'], ['siyam']],
	streetWords: ['purok', 'barangay', 'brgy', 'sitio', 'blk', 'lot', 'kalye', 'phase']
};
