// Indonesian (and much of Malay). Writer's own voice: aku, saya, gue, gw, -ku.
import type { Lexicon } from './types';

const me = '(aku|saya|gue|gw|ku|sy)';
const relative =
	'(pakcik|makcik|bapa tiri|abang tiri|paman|pamanku|om|omku|ayah|ayahku|bapak|bapakku|papa|papaku|ayah tiri|ayah tiriku|guru|guruku|pelatih|pelatihku|kakak|kakakku|abang|abangku|sepupu|sepupuku|tetangga|tetanggaku|pacar|pacarku|kakek|kakekku|paman ku|ibu|ibuku|mama|mamaku)';
const hurt =
	'(memukul|memukuli|pukul|menampar|menendang|menyentuh|sentuh|meraba|raba|memperkosa|mencabuli|menyiksa|siksa|mengancam|ancam|melecehkan|lecehkan|memaksa|paksa|memotret|merekam|menjual)';

export const id: Lexicon = {
	locale: 'id',
	abuse: ['anjir', 'anjg', 'njing', 'bangsat', 'goblok', 'goblog', 'tolol', 'bego', 'kontol', 'memek', 'ngentot', 'entot', 'bajingan', 'brengsek', 'keparat',  'jancuk', 'jancok', 'cok', 'kampret', 'lonte', 'perek', 'sialan', 'tai', 'taik', 'pantek', 'pepek', 'idiot', 'bodoh', 'b0d0h', 'bodo amat', 'dasar anjing', 'anjing lo', 'anjing lu', 'anjing kau', 'anjing kamu', 'dasar babi', 'babi lo', 'babi lu', 'dasar bodoh'],
	mild: ['anjing', 'babi', 'monyet', 'bodoh'],
	bullying: ['(kamu|lo|lu|elo) (jelek|bodoh|goblok|gendut|sampah|ga berguna|nggak berguna)', '(ga|gak|nggak|tidak) ada yang (suka|sayang) (kamu|lo|lu|sama kamu)', 'mati (aja|saja) (kamu|lo|lu)'],
	contact: [
		'(add|tambahin|tambahkan|invite) (aku|saya|gue|gw) ~2 (di|ke) (line|wa|whatsapp|ig|instagram|telegram|tele|fb|facebook|tiktok)',
		'(chat|dm|wa|japri|pc) (aku|saya|gue|gw) ~2',
		'(ketemuan|kopdar|ketemu an)',
		'(chat|dm|wa) japri',
		'japri (aja|ya|yuk|dong)',
		'(minta|bagi|kasih) (nomor|no|nomer) (hp|wa|telepon|kamu|mu|lo)',
		'(add|tambah|tambahkan) (saya|aku|gue) (kat|di|ke) ~1',
		'(jumpa|ketemu) (lepas|setelah|habis|abis) (sekolah|pulang sekolah)',
		'(vc|video call|call|telpon|telepon) ~2 berdua',
		'jangan ajak (yang lain|siapa siapa|siapapun|orang lain)',
		'(ig|wa|line|tiktok|fb) (aku|saya|gue|gw)',
		'(jangan|jgn) (bagitahu|bagi tahu) ~2',
		'(ayo|yuk|mau) ketemu',
		'umur (kamu|mu|lo|lu|km) berapa',
		'(kamu|lo|lu|km) umur berapa',
		'berapa umur (kamu|mu|lo|lu)',
		'kirim ~2 (foto|fotomu|fotonya|pap|video|vidio)',
		'(jangan|jgn) (bilang|kasih tahu|kasih tau|kasi tau|cerita) ~2 (siapa|siapapun|orang tua|ortu|mama|papa|guru)',
		'rahasia (kita|kita berdua)',
		'rumah (kamu|mu|lo|lu) (di mana|dimana)',
		'(nomor|no) (wa|hp) (aku|saya|gue|ku)'
	],
	disclosure: [
		`(pegang|pegang pegang|raba|cium|nyium|mencium|peluk) ~1 ${me}`,
		'(ngancem|ngancam|mengancam|ancam) ~3 (nyebarin|menyebarkan|sebar|nyebar|sebarin|upload) ~2 (foto|video|vidio)',
		`(bilang|bilangin|suruh) ~1 (jangan|jgn) ~2 (kasih tahu|kasih tau|bilang|cerita)`,
		`${relative} ~3 ${hurt} ~2 ${me}`, `${me} ~3 (dipukul|dipukuli|ditampar|ditendang|diperkosa|dilecehkan|dicabuli|disiksa|diancam|disentuh|diraba|dipaksa|dijual)`, `${me} (takut|ga berani|nggak berani) pulang`],
	selfHarm: [
		'(nyilet|menyilet|silet|sayat|nyayat) (tangan|lengan|diri)',
		'(gak|ga|tidak|nggak|tak) ada gunanya ~2 hidup',
		'(kalau|kalo|jika) (aku|saya) mati',
		'(loncat|lompat|terjun) dari (jembatan|gedung|atap)',
		`${me} ~2 (nak|mahu) ~1 (bunuh diri|mati)`,
		'(tak|tidak) nak hidup',
		`${me} ~2 (ingin|mau|pengen|pengin|ingin sekali) ~1 (mati|bunuh diri|mengakhiri hidup)`, 'pengen mati', 'ingin mati', 'bunuh diri aja', '(menyakiti|nyakitin|lukai|melukai) diri (sendiri|ku)', '(ga|gak|nggak|tidak) (mau|ingin) hidup lagi'],
	digits: [['nol', 'kosong'], ['satu'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'], ['sembilan']],
	streetWords: ['jalan', 'jl', 'jln', 'gang', 'gg', 'rt', 'rw', 'blok', 'komplek', 'perumahan', 'lorong']
};
