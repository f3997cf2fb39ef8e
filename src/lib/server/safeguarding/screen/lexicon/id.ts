// Indonesian (and much of Malay). Writer's own voice: aku, saya, gue, gw, -ku.
import type { Lexicon } from './types';

const me = '(aku|saya|gue|gw|ku|sy|gua|kami)';
/** A friend or sibling the writer tells about ("temenku diancam…"). */
const friend =
	'(temenku|temanku|kawanku|sahabatku|adikku|adekku|kakakku|sepupuku|teman ku|temen ku|teman saya|temen saya|kawan saya|kawan aku|teman aku|temen aku|temen gue|temen gw|sahabat saya|sahabat aku|adik saya|adik aku|kakak saya|kakak aku|sepupu saya|sepupu aku)';
/** Passive harm, Indonesian di- and Malay kena (…): "aku dipukul", "saya kena pukul". */
const harmed =
	'(dipukul|dipukuli|ditampar|ditendang|diperkosa|dilecehkan|dicabuli|disiksa|diancam|disentuh|diraba|dipaksa|dijual|dirogol|diugut|didera|dibelasah|dicium|dikurung|diusir|dicubit|dijambak|dicambuk|disabet|digerayangi|digrepe|diperas|disekap|dieksploitasi|dipegang pegang|diraba raba|dicabul|diliwat|disetubuhi|dianiaya|dihajar|dilecehin|dipukulin|ditamparin|digrepein|digerepe|digrepe grepe|dicabulin|diancem|dicolek colek|diraba rabain|dientot|disiksain|diperkosain|dijualin)';
const struck = '(pukul|tampar|tendang|sepak|rogol|raba|cabul|belasah|dera|ugut|sentuh|kurung|cubit|rotan|libas|hajar|liwat|peras|ancam)';
/** Pictures, and what makes them intimate. */
const photo = '(foto|fotoku|fotonya|foto aku|foto saya|gambar|gambarku|gambar saya|video|videoku|videonya|vidio|pap|pic|pics|vc|video call)';
const bare =
	'(telanjang|bugil|bogel|tanpa baju|tak berbaju|tanpa busana|tidak berbaju|ga pake baju|gak pake baju|tak pakai baju|seksi|sexy|bikini|pakaian dalam|baju dalam|celana dalam|seluar dalam|daleman|bh|vulgar|nude|nudes|naked|syur|porno|bugilnya|telanjangnya|bogelnya)';
const reward = '(diamond|diamonds|dm|uang|duit|pulsa|robux|skin|uc|saldo|gopay|dana|ovo|hadiah|topup|top up|token|wang|voucher|gift)';
const relative =
	'(dia|cikgu|ustaz|jiran|bos|majikan|tauke|mantan|mantanku|mantan pacar|mantan pacarnya|om om|lelaki|cowok|bapa|bapak tiri|pakcik|makcik|bapa tiri|abang tiri|paman|pamanku|om|omku|ayah|ayahku|bapak|bapakku|papa|papaku|ayah tiri|ayah tiriku|guru|guruku|pelatih|pelatihku|kakak|kakakku|abang|abangku|sepupu|sepupuku|tetangga|tetanggaku|pacar|pacarku|kakek|kakekku|paman ku|ibu|ibuku|mama|mamaku)';
const hurt =
	'(memukul|memukuli|pukul|menampar|menendang|menyentuh|sentuh|meraba|raba|memperkosa|mencabuli|menyiksa|siksa|mengancam|ancam|melecehkan|lecehkan|memaksa|paksa|memotret|merekam|menjual|tampar|tendang|sepak|rogol|merogol|cabul|mencabul|belasah|dera|mendera|ugut|mengugut|peluk|cium|suruh|kurung|mengurung|usir|mengusir|cubit|jambak|cambuk|mukul|mukulin|pukulin|nampar|nendang|ngancam|ngancem|ngelecehin|megang|pegang|grepe|gerayangi|hajar|rotan)';

export const id: Lexicon = {
	locale: 'id',
	abuse: ['anjir', 'anjg', 'njing', 'bangsat', 'goblok', 'goblog', 'tolol', 'bego', 'kontol', 'memek', 'ngentot', 'entot', 'bajingan', 'brengsek', 'keparat',  'jancuk', 'jancok', 'cok', 'kampret', 'lonte', 'perek', 'sialan', 'taik', 'tai lo', 'tai lu', 'dasar tai', 'tai kau', 'makan tai', 'muka tai', 'babi betul', 'babi sial', 'pantek', 'pepek', 'idiot', 'bodoh', 'b0d0h', 'bodo amat', 'dasar anjing', 'anjing lo', 'anjing lu', 'anjing kau', 'anjing kamu', 'dasar babi', 'babi lo', 'babi lu', 'dasar bodoh', 'sial', 'pukimak', 'puki', 'butoh', 'bangang', 'bengap', 'bahlol', 'sundal', 'barua', 'lahanat', 'haram jadah', 'haramjadah', 'babi punya', 'kepala bapak', 'knn', 'cibai', 'chibai', 'lanjiao', 'anjrit', 'anjay'],
	mild: ['anjing', 'babi', 'monyet', 'bodoh', 'celaka'],
	bullying: ['(kamu|lo|lu|elo) (jelek|bodoh|goblok|gendut|sampah|ga berguna|nggak berguna)',
		// "muka lo kayak babi": a person likened to an animal ("lucu kayak anjing kecil" has no face or person first).
		'(muka|mukanya|mukamu|lo|lu|kau|kamu|awak|elo|badan|badan lo|badan kau) ~1 (kayak|macam|seperti|kek|kaya|mcm|cam) (babi|monyet|anjing|beruk|lembu|kerbau|sampah|tai|taik)', '(ga|gak|nggak|tidak) ada yang (suka|sayang) (kamu|lo|lu|sama kamu)', 'mati (aja|saja) (kamu|lo|lu)'],
	contact: [
		'(add|tambahin|tambahkan|invite) (aku|saya|gue|gw) ~2 (di|ke) (line|wa|whatsapp|ig|instagram|telegram|tele|fb|facebook|tiktok)',
		'(chat|dm|wa|japri|pc) (aku|saya|gue|gw) ~2',
		// A proposal, not the word ("Ajakan ketemuan dari orang asing…" is policy talk).
		'(ketemuan|kopdar|ketemu an) (yuk|yok|yuks|kuy|ayo|yu|dong|aja|yah|ya|kapan|besok|nanti|sabtu|minggu|malam|sore|abis|habis|pulang|berdua|gimana|gmn|mau|kita|di|ntar)',
		'(mau|pengen|ayo|yuk|kapan|bisa|gimana kalau|gmn kalo|gimana kalo|kuy|yok|jom|ajak) (ketemuan|kopdar|ketemu an)',
		'(chat|dm|wa) japri',
		'japri (aja|ya|yuk|dong)',
		'(minta|bagi|kasih) (nomor|no|nomer) (hp|wa|telepon|kamu|mu|lo)',
		'(add|tambah|tambahkan) (saya|aku|gue) (kat|di|ke) ~1',
		'(jumpa|ketemu) (lepas|setelah|habis|abis) (sekolah|pulang sekolah)',
		'(vc|video call|call|telpon|telepon) ~2 berdua',
		'jangan ajak (yang lain|siapa siapa|siapapun|orang lain)',
		'(jangan|jgn) (bagitahu|bagi tahu) ~2',
		'(ayo|yuk|mau) ketemu',
		'umur (kamu|mu|lo|lu|km|adik|adek|dek|awak|kau) berapa',
		'(dek|adik|adek|dik|awak|kau) umur berapa',
		'(kamu|km|dek|adik|adek|awak|kau|lo|lu) (kelas|darjah|tingkatan) berapa',
		'(kamu|km|dek|adik|adek|awak|kau|lo|lu) (sekolah|tinggal|rumah|duduk) (dimana|di mana|kat mana|mana)',
		'(jom|yuk|ayo|ayuk|mari|jum) (jumpa|ketemu|ketemuan|lepak|jalan|keluar|dating|date|kopdar|vc|video call|call)',
		'kita berdua (je|aja|saja|sahaja|sj|ja)',
		'(hantar|kirim|kirimin|kirimkan|send|bagi|kasi|kasih) ~2 (gambar|foto|pic|video|vidio|pap|selfie) (awak|kamu|mu|kau|lo|lu|sendiri|dirimu|diri awak)',
		'hantar ~1 (gambar|foto|pic|selfie|video) ~2 (nak tengok|nak lihat|sikit|kat saya|kat aku|pada saya)',
		'pap (dong|dulu|donk|ya|yuk|sih|la|lah)',
		'(jangan|jgn) (bagitau|bagitahu|beritahu|bgtau|cakap|ceritakan|cerita) ~2 (sesiapa|siapa siapa|mak|ayah|ibu|bapa|cikgu|orang|mama|papa|ortu|orang tua|guru)',
		'rahsia (kita|kita berdua|antara kita)',
		'(chat|hubungi|kontak|call|telpon|telepon|wa|dm) ~1 (wa|lewat wa|via wa|di wa|ig|line|tele|telegram) (aja|ya|dong|yuk|je|jelah|sahaja)',
		'(chat|hubungi|kontak|call|telpon|telepon|wa|dm|pc|mesej) ~2 (ke|kat) (nomor|no|nombor|wa|sini)',
		'(ada|punya|pny) (wa|whatsapp|ig|line|tele|telegram|snap|discord|tiktok|fb) (ga|gak|nggak|tak|tidak|x|kah|ke|tak)',
		'(kamu|lo|lu|km) umur berapa',
		'berapa umur (kamu|mu|lo|lu)',
		'kirim ~2 (foto|fotomu|fotonya|pap|video|vidio)',
		'(jangan|jgn) (bilang|kasih tahu|kasih tau|kasi tau|cerita) ~2 (siapa|siapapun|orang tua|ortu|mama|papa|guru)',
		'rahasia (kita|kita berdua)',
		'rumah (kamu|mu|lo|lu) (di mana|dimana)',
		'(jom|mari) (chat|wa|whatsapp|call|vc) (kat|di|dekat)',
		'(follow|folbek|followback|follback|fol) (ya|yah|dong|donk|aku|saya|balik|yuk|yaa)',
		// Round 3: moving to another app, coming alone, "whatsapp je kalau…".
		'(pindah|lanjut|lanjutin|ngobrol|chat|chatting|ngobrolnya|sembang) ~1 (ke|di|kat|dekat) (telegram|tele|wa|whatsapp|line|ig|dm|japri|discord|snap|pc|tiktok|messenger) ~1 (aja|yuk|ya|dong|yok|ayo|kuy|je|jelah|jom|lah|la|biar|supaya)',
		'(datang|pergi|mari|jumpa|keluar|ketemu|dateng|turun) (sorang|seorang|seorang diri|sendiri|sendirian|sorang sorang) (je|jer|aja|saja|sahaja|ya|tau|ok|okay|yah|jangan)',
		'(whatsapp|wa|call|mesej|text|pm|dm|telefon|sms|chat|hubungi) (je|jer|jelah|aja|saja|sahaja) (kalau|kalo|klo|jika|bila|kalau nak|kalo mau)',
		'(whatsapp|call|telefon|mesej|text|hubungi) (aku|saya|gue|gw) ~2'
	],
	disclosure: [
		`(pegang|pegang pegang|raba|cium|nyium|mencium|peluk) ~1 ${me}`,
		'(ngancem|ngancam|mengancam|ancam) ~3 (nyebarin|menyebarkan|sebar|nyebar|sebarin|upload) ~2 (foto|video|vidio)',
		`(bilang|bilangin|suruh|pesan|cakap|kata) ~1 ${me} ~1 (jangan|jgn|tak boleh|ga boleh|gak boleh) ~2 (kasih tahu|kasih tau|bilang|cerita|bagitau|bagitahu|beritahu)`,
		'(dan|terus|lalu|trus|tapi|tp) (bilang|suruh|pesan|cakap) (jangan|jgn) ~2 (kasih tahu|kasih tau|bilang|cerita|bagitau|bagitahu|beritahu)',
		`${friend} ~3 ${harmed}`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~3 kena ~1 ${struck}`,
		// Sextortion: nude pictures asked for, threatened, paid for.
		`(minta|mintain|ngemis|nyuruh|suruh|paksa|maksa|desak|pengen|ngajak) ~3 ${photo} ~2 ${bare} ~2 (${me.slice(1, -1)}|${friend.slice(1, -1)}|dia)`,
		`(dia|om|om om|lelaki|cowok|orang asing|stranger|abang|pakcik|cikgu|guru|mantan|pacar|pacarnya|pacarku|bf|ex) ~3 (minta|mintain|ngemis|nyuruh|suruh|paksa|maksa|desak|pengen|ngajak) ~3 ${photo} ~2 ${bare}`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~3 (disuruh|dipaksa|diminta|dirayu|dibujuk|diancam|diugut|dipujuk) ~3 (${bare.slice(1, -1)}|buka baju|lepas baju|tanggalkan baju)`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~3 (dipaksa|dirayu|dibujuk|diancam|diugut|dipujuk) ~3 (kirim|ngirim|hantar|send) ~2 ${photo}`,
		`(suruh|paksa|minta|desak|nyuruh|maksa) ${me} ~1 (hantar|kirim|ngirim|send|ambil|foto|buka baju|tanggalkan baju|lepas baju|telanjang|bogel|bugil)`,
		`${photo} ~2 (mau|akan|bakal|mo|bakalan|nak|diancam|diugut|ancam) ~1 (disebar|disebarin|disebarkan|diupload|diposting|dipost|diviralkan|diviralin|dikirim|dikirimin|disebarluaskan|ditular|ditularkan|tular|viral)`,
		`(ngancam|ngancem|mengancam|ancam|ugut|mengugut) ~4 (nyebarin|menyebarkan|sebar|nyebar|sebarin|upload|tular|tularkan|viralkan|post|kirim ke|sebarkan) ~3 ${photo}`,
		'(sebar|disebar|disebarin|nyebarin|upload|diupload|tular|ditular|viral|diviralin|sebarkan) ~4 (kalo|kalau|klo|jika|kl) ~2 (ga|gak|nggak|tidak|tak|enggak)',
		`${photo} ~6 (dikasih|dikasi|dijanjiin|dijanjikan|diberi|dapat|dapet|ditawarin|ditawari|dibayar|bayar) ~2 ${reward}`,
		`(dikasih|kasih|kasi|dijanjiin|janji|janjiin|bagi|beri|diberi|nawarin|tawarin|tawar|bayar) ~3 ${reward} ~5 (kalau|kalo|asal|asalkan|klo|kl|jika|untuk|buat|tukar|kalo mau) ~3 (kirim|ngirim|hantar|send|foto|gambar|pap|video|vc|telanjang|bugil|bogel)`,
		// Grooming: deleted chats; porn shown.
		'(suruh|nyuruh|minta|bilang|cakap) ~2 (hapus|apus|delete|padam|hapusin) ~2 (chat|chatnya|pesan|percakapan|mesej|foto|history|riwayat)',
		'(tunjuk|tunjukkan|nunjukin|nunjukkin|kasih liat|kasi liat|kasih lihat|pertontonkan|suruh tonton|ajak nonton|disuruh nonton|dipaksa nonton|ditunjukin|ditunjukkan|paksa tengok|suruh tengok|dipaksa tengok|disuruh tengok|ajak tengok|setelin|puterin|pasang) ~3 (video porno|film porno|bokep|porno|porn|video lucah|video bogel|gambar lucah|lucah|video dewasa)',
		// Trafficking and forced work.
		'(paspor|pasporku|paspornya|pasport|pasportnya|passport|ktpku|ktp saya|dokumen|dokumennya|mykad|ic saya) ~2 (ditahan|diambil|disita|dirampas|disimpan|diambik|dipegang)',
		'(tahan|ambil|sita|rampas|simpan|ambik|nahan) ~1 (paspor|pasporku|paspor saya|paspor aku|pasport|passport|paspornya|dokumen)',
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~2 (dijanjiin|dijanjikan|ditawarin|ditawari|dijanji) ~2 (kerja|kerjaan|pekerjaan|gaji|jadi|model)`,
		'(disuruh|dipaksa|terpaksa|kena|dipaksa untuk) ~1 (layanin|layani|melayani|temani|nemenin|menemani|teman|kerja|bekerja) ~2 (tamu|pelanggan|lelaki|laki laki|om om|customer|client|tanpa gaji|tanpa dibayar|tak dibayar|ga dibayar|tidak dibayar)',
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~2 (ga|gak|tidak|tak|nggak) (boleh|dibolehin|dibenarkan|diizinkan) (pulang|balik kampung|hubungi keluarga|telpon keluarga|kabur)`,
		'(dipaksa|disuruh|terpaksa) ~2 (live|live streaming|siaran langsung|joget|menari|buka baju) ~4 (orang asing|orang dewasa|om om|bule|foreigner|penonton|duit|uang)',
		'(masuk|masuk ke|nyelinap ke|menyelinap ke|ke) (kamarku|kamar aku|kamar saya|bilikku|bilik saya|bilik aku) ~3 (malam|tengah malam|waktu tidur|pas tidur|pas aku tidur|masa tidur|masa saya tidur)',
		// Physical abuse at home.
		`(pukul|mukul|mukulin|pukulin|tampar|nampar|tendang|nendang|sepak|belasah|libas|rotan|cubit|jambak|sabet|cambuk|hajar) ${me} ~2 (pakai|guna|dengan|pake|sampai|sampe|smpai|tiap|setiap|kalau|kalo|bila)`,
		`${me} ~2 (dikurung|diusir|dikunci) ~2 (di luar|diluar|dari rumah|di kamar|di bilik|dalam bilik|dalam kamar|kat luar|luar rumah)`,
		`${relative} ~3 ${hurt} ~2 ${me}`, `${me} ~3 ${harmed}`, `${me} (takut|ga berani|nggak berani) pulang`,
		// Round 3: "dia bilang jangan bilang siapa-siapa", touched at night, a child dating an adult, paid and taken to a hotel.
		'(dia|om|om om|pelatih|pakcik|abang|pacar|pacarku|mantan|orang itu|lelaki tu|dia pun) (bilang|ngomong|pesan|nyuruh|kata|cakap|pesen|suruh) ~1 (jangan|jgn|tak boleh|ga boleh|gak boleh|usah) (bilang|kasih tahu|kasih tau|cerita|bagitau|bagitahu|beritahu|lapor|ngadu|cakap) ~1 (siapa|siapa siapa|siapapun|sesiapa|orang|mama|papa|ibu|ayah|mak|ortu|guru|cikgu|orang lain|polis|polisi)',
		`(dan|lalu|terus|trus|pastu|lepas tu|lepastu|kemudian|then) (sentuh|raba|meraba|menyentuh|grepe|gerayangi|cabul|mencabul|rogol|merogol|raba raba|pegang pegang) ${me}`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}|dia) ~2 (pacaran|pacarannya|jadian|couple|dating|bercinta|couplean|bercouple) (sama|dengan|ama|dgn) (om om|om|bapak bapak|pakcik|lelaki tua|orang dewasa|pria dewasa|laki laki dewasa|bapak2)`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}|dia) ~4 (dikasih|dikasi|dibayar|diberi|dijanjiin|dibeliin|dibelikan) ~2 (duit|uang|hadiah|hp|pulsa|wang|diamond|skin) ~3 (diajak|dibawa|disuruh|diajakin) ~2 (ke hotel|ngamar|ke kos|ke kosan|ke rumahnya|nginep|menginap|tidur|check in|cek in|ke apartemen|ke motel)`,
		`(${me.slice(1, -1)}|${friend.slice(1, -1)}) ~3 (diajak|dibawa|diajakin) ~1 (ngamar|check in|cek in|tidur bareng|tidur bersama|ke hotel berdua)`],
	selfHarm: [
		'(nyilet|menyilet|silet|sayat|nyayat) (tangan|lengan|diri)',
		'(gak|ga|tidak|nggak|tak) ada gunanya ~2 hidup',
		'(kalau|kalo|jika) (aku|saya) mati',
		'(loncat|lompat|terjun) dari (jembatan|gedung|atap)',
		`${me} ~2 (nak|mahu) ~1 (bunuh diri|mati)`,
		'(tak|tidak) nak hidup',
		`${me} ~2 (ingin|mau|pengen|pengin|ingin sekali) ~1 (mati|bunuh diri|mengakhiri hidup)`, 'pengen mati', 'ingin mati', 'bunuh diri aja', '(menyakiti|nyakitin|lukai|melukai) diri (sendiri|ku)', '(ga|gak|nggak|tidak) (mau|ingin) hidup lagi',
		'(kepikiran|kepikir|terpikir|terfikir|pengen|pingin|pengin|nekat|niat|rasa nak|rasa mau|rasa macam nak|dah fikir|udah mikir|pernah coba|nyoba|coba|fikir nak|fikir nak|terfikir nak) ~2 (bunuh diri|akhiri hidup|mengakhiri hidup|tamatkan hidup|menamatkan hidup|matikan diri)',
		'rasa ~1 (nak|mau|ingin|pengen|macam nak) mati',
		'(penat|capek|cape|letih|lelah|bosan|muak|jenuh) (dengan|sama|dgn|ama|sm|nak|untuk|ngejalanin|menjalani) hidup',
		'(bosan|muak|jenuh) hidup',
		`(lebih baik|lebih bagus|mending|baik) ${me} (takde|tak ada|ga ada|gak ada|tiada|mati|pergi selamanya|hilang|lenyap|nggak ada|tidak ada|tak wujud)`,
		`(kalau|kalo|klo|jika|kl) ${me} (ga|gak|nggak|tidak|tak|udah ga|udah gak|sudah tidak|dah tak|takde|tiada|hilang|pergi) ~2 (lebih|pasti|semua|bahagia|senang|tenang)`,
		'(kelar|toreh|menoreh|hiris|menghiris|kerat|sayat|nyayat|menyayat|silet|nyilet|menyilet|gores|menggores|baret) ~1 (tangan|lengan|pergelangan|nadi|paha|diri|kulit)',
		'(terjun|lompat|loncat) (dari|dr) ~1 (jembatan|jambatan|gedung|atap|bangunan|tingkat|apartemen|flat|balkoni|balkon|rooftop|menara|lantai)',
		'(minum|telan|makan|nelen|menelan) ~2 (obat|ubat|pil) ~3 (banyak banyak|sekaligus|satu botol|sebotol|satu papan|overdosis|biar mati|supaya mati|sampai mati|semuanya|satu strip)',
		'(tak|tidak|ga|gak|nggak|tiada) (guna|gunanya|berguna|ada gunanya|ada artinya|bermakna) ~1 (hidup|aku hidup|saya hidup)',
		'(mau|pengen|ingin|nak|mahu) (hilang|menghilang|lenyap) (selamanya|dari dunia|dari dunia ini)',
		'(pengen|ingin|mau|nak|harap|semoga|berharap|harapnya) ~2 (ga|gak|tidak|nggak|tak) (bangun|terbangun) (lagi|lg)',
		'(mengakhiri|akhiri|ngakhirin|tamatkan|menamatkan) (hidupku|hidup ku|hidup aku|hidup saya|nyawaku|nyawa saya|riwayatku)',
		'(tak larat|tidak larat|tak sanggup|tidak sanggup|ga sanggup|gak sanggup|ga kuat|gak kuat|tak kuat|udah ga kuat) ~1 (hidup|lagi hidup|nak hidup|untuk hidup)',
		'(nak|mau|pengen|pingin) mati (je|jer|aja|aje|saja|sahaja)',
		'(tidur|tidor) (selamanya|dan ga bangun|dan tak bangun|terus ga bangun|dan tidak bangun)',
		// Round 3: better never to have been, nobody would care, pills saved up to swallow.
		`(mending|lebih baik|lebih bagus|lagi bagus|lagi baik|baik|better) ${me} (gak|ga|nggak|tidak|tak|enggak) (usah|perlu|payah|pernah) (ada|lahir|dilahirkan|hidup|wujud)`,
		`(lagi bagus|lagi baik|bagus lagi) ${me} (hilang|lenyap|mati|pergi|takde|tiada|mampus|ga ada|gak ada)`,
		`(kalau|kalo|klo|jika|kl) ${me} (takde|mati|tiada|hilang|ga ada|gak ada|tak ada|pergi|nggak ada) ~2 (takde|tak ada|ga ada|gak ada|tiada|tidak ada|nggak ada|gak bakal ada|ga bakal ada) (siapa|orang|yang|seorang pun) ~1 (peduli|kisah|sedih|perasan|cari|rindu|kehilangan|nangis|menangis|peduli pun)`,
		`${me} ~2 (nak|mau|akan|bakal|pengen|pingin|mahu) (telan|nelen|menelan) (semua|semuanya|sekaligus|sebotol|sekotak|sepapan)`,
		'(ubat|obat|pil) ~6 (telan|nelen|menelan) (semua|semuanya|sekaligus|habis sekaligus)'],
	digits: [['nol', 'kosong'], ['satu'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'], ['sembilan']],
	streetWords: ['jalan', 'jl', 'jln', 'gang', 'gg', 'rt', 'rw', 'blok', 'komplek', 'perumahan', 'lorong']
};
