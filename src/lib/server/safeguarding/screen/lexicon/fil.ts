// Filipino (Tagalog and Taglish). Writer's own voice: ako, ko, akin.
import type { Lexicon } from './types';

const relative = '(ate|tiyo|tiyuhin|padrasto|madrasta|stepfather|stepmom|amo|boss|kaibigan|classmate|kapatid|matanda|foreigner|guy|lola|sir|pari|pastor|tito|tita|tatay|papa|itay|stepdad|step dad|amain|kuya|lolo|teacher|titser|guro|coach|kapitbahay|boyfriend|bf|pinsan|nanay|mama|lalaki)';
const hurt =
	'(sinasaktan|sinaktan|binubugbog|binugbog|hinahawakan|hinawakan|ginagalaw|ginalaw|hinihipuan|hinipuan|ginahasa|minomolestiya|minolestiya|inaabuso|inabuso|tinatakot|tinakot|pinipilit|pinilit|kinukunan|sinasampal|sinampal|pinagbabantaan|pinapalo|pinalo|hinahampas|hinampas|sinusuntok|sinuntok|sinisipa|sinipa|kinukulong|kinulong|pinapalayas|pinalayas|hinihimas|hinimas|hinalikan|hinahalikan|binabastos|binastos|binablackmail|sinasakal|sinakal|pinaso|pinapaso|kinuhanan|ibinenta|binenta|ibinebenta|nirape|minomolestya|minolestya|pinipicturan|kinukunan ng video)';
/** The writer, or a friend or sibling they tell about. */
const victim = '(ako|kami|siya|sya|kaming)';
/** Nude pictures and undressing. */
const bare = '(hubad|nakahubad|nude|nudes|hubo|malaswa|malaswang|naked|bold|sexy)';
const pic = '(picture|pic|pics|litrato|larawan|video|photo|pictures|vid|selfie)';

export const fil: Lexicon = {
	locale: 'fil',
	abuse: ['putangina', 'putanginamo', 'tangina', 'tanginamo', 'puta', 'gago', 'tanga', 'bobo', 'boba', 'ulol', 'ulul', 'tarantado', 'lecheng*', 'leche ka', 'leche kayo', 'leche naman', 'letse', 'potangina*', 'putangina*', 'pota', 'pucha', 'puchang*', 'punyemas', 'gunggong', 'engot', 'gaga ka', 'gaga mo', 'punyeta', 'pakyu', 'pakshet', 'kupal', 'inutil', 'pokpok', 'hinayupak', 'kingina', 'buwisit', 'bwisit', 'tae', 'hayop ka', 'putang ina', 'tang ina'],
	mild: ['tanga', 'bobo', 'hayop', 'baboy', 'leche', 'gaga'],
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
		'(saan|san) ka (nakatira|nakatera|nag aaral)',
		'may (telegram|tg|ig|fb|messenger|viber|discord|snap|snapchat|line|wa|whatsapp|tiktok|kik|zalo) (ka|kayo|ba kayo|ka ba)',
		'(dun|doon|dito) ~2 tayo ~1 (usap|magusap|chat|text|mag usap)',
		'(kita|magkita|meet) tayo ~2 (mag isa|tayong dalawa|tayo lang|ikaw lang|tayong dalawa lang)',
		'(ilang taon|ilan taon|edad) (mo|ka na|ka ba)',
		// Round 3: "text nyo lang ako", "add mo ko", "tara usap tayo sa discord", "send ka naman ng pic mo".
		'(text|txt|chat|pm|call|message|msg|itext|i text|tawagan|add|iadd|i add|follow|dm|i pm|ipm) (nyo|niyo|mo) [lang|na lang|nalang|na|muna|naman] (ako|ko|kami)',
		'(tara|tayo|usap tayo|chat tayo|lipat tayo|usap na lang tayo|dun tayo) ~2 sa (discord|messenger|fb|telegram|tg|viber|ig|dm|gc|pm|snap|tiktok|whatsapp|wa)',
		'(send|padala|pasend|magsend|sendan|send ka) ~3 (pic|pics|picture|litrato|larawan|video|selfie|photo) (mo|nyo|niyo)'
	],
	disclosure: [
		'nagbabanta ~3 (ikakalat|ipapakalat|ipopost|ikalat|ipost) ~3 (pics|pic|picture|video|litrato|larawan)',
		'(pinapagawa|pinagawa|pinipilit) ako ~4 (video|pic|picture|litrato)',
		`${hurt} (nya|niya|nila|ni|po|daw|lang|na|pa) ~2 ${victim}`,
		`(ni|na|nire|nare) (rape|molest|abuse|harass|groom|touch|hipuan|blackmail|manyak) [po] ${victim}`,
		`(narape|nirape|nimolest|namolest|namanyak|minanyak|inabuso) [po] ${victim}`,
		// Sextortion: nude pictures asked for, paid for with load or diamonds, threatened.
		`(humihingi|humingi|nanghihingi|nanghingi|hinihingi|hiningi) (siya|sya|sila|nya|niya) ~2 ${bare}`,
		`(humihingi|humingi|nanghihingi|nanghingi|hinihingi|hiningi|pahingi|penge) ~3 ${bare} ~2 (nya|niya|ko|sakin|sa akin|saken|namin|ng kaibigan ko|ng kapatid ko)`,
		`(hiningan|hinihingan|hiningian) (ako|kami|siya|sya|nya|niya) ~3 ${bare}`,
		`(pinapasend|pinasend|pinapadala|pinadala|pinipilit|pinilit|inuutusan|inutusan|sinabihan) ${victim} ~3 (nudes|hubad|pic|pics|picture|litrato|video|mag send|magsend|mag hubad|maghubad)`,
		`(bibigyan|binigyan|bigyan|reregaluhan|papadalhan|loloadan|niloadan|nagbigay|nagbibigay|binibigyan) ~3 (diamonds|diamond|load|pera|gcash|robux|regalo|skin|uc|pambili) ~5 (pag|kapag|kung|basta|para) ~3 (send|nag send|mag send|magsend|nagsend|padala|nudes|${pic.slice(1, -1)}|hubad)`,
		`(ikakalat|ipapakalat|ipopost|ipapost|ikalat|ipost|isesend|ipapasa|ipagkakalat|ilalabas|ia upload) ~3 ${pic} ~4 (pag|kapag|kung) ~2 (hindi|di|ayaw)`,
		`(ikakalat|ipapakalat|ipopost|ilalabas|ipagkakalat|ipapasa) (daw|nya|niya|nila) ~3 (${pic.slice(1, -1)}|nudes|hubad)`,
		// Grooming: told to keep quiet or delete chats; porn shown; touched.
		'(sabi|sinabi|sinabihan|bilin) (nya|niya|nila|ni|ng|daw|sakin|sa akin|ako) ~3 (wag|huwag|h wag|bawal) ~3 (sabihin|ipagsabi|ikwento|sasabihin|magsumbong) ~2 (kahit kanino|kay mama|kay papa|sa parents|sa magulang|sa nanay|sa tatay|sa mama|sa papa|sa teacher|sa iba|sa kahit sino|kahit sino|sa pulis|kanino man)',
		'(pinapa delete|pinapadelete|pinadelete|pinabura|pinapabura|pinabubura|pina delete) ~3 (chat|chats|convo|messages|usapan|pics|conversation)',
		`(pinapanood|pinanood|pinakita|pinapakita|pinapakitaan|pinakitaan|pinasilip) ~3 (porn|bold|malaswang video|malaswa|sex video|x rated|hubad|bastos)`,
		'(hinihipuan|hinipuan|hinahawakan|hinawakan|hinihimas|hinimas|kinakapa|kinapa) ~3 (dibdib|pepe|ari|private|maselang bahagi|hita|pwet|puwet|katawan|pribadong)',
		// Trafficking, forced work, shows on camera.
		'(kinuha|kinukuha|hawak|tinago|itinago|kinumpiska) ~3 (passport|pasaporte|papeles|dokumento) ~1 (ko|nya|niya|namin|ng|ni)',
		'(pinangakuan|pinangakong|pinangako|inalok|inalukan|niloko) ~4 (trabaho|work|job|magtrabaho) ~4 (abroad|ibang bansa|maynila|manila|malaysia|japan|dubai|saudi|singapore)',
		'(pinagtatrabaho|pinapagtrabaho|pinipilit magtrabaho) ~3 (walang bayad|walang sahod|bar|club|gabi gabi)',
		`(hindi|di) ${victim} (pinapauwi|pinapalabas|pinapaalis|pinapayagang umuwi|pinauuwi)`,
		`(pinapasayaw|pinasayaw|pinapahubad|pinahubad|pinaghuhubad|pinapaghubad|pinapa pose|pinapaposing) ${victim} ~8 (camera|cam|video|live|foreigner|foreigners|webcam|vc|video call|kano|dayuhan)`,
		`(pinapahubad|pinahubad|pinaghuhubad|pinapaghubad) ${victim}`,
		`(pinipilit|pinilit|pinapilit|inuutusan|inutusan) ~4 (mag send|magsend|nag send|mag hubad|maghubad|mag video|magpadala|magpakita) ~3 (${bare.slice(1, -1)}|${pic.slice(1, -1)})`,
		`${hurt} (kami|siya|sya) (ng|ni)`,
		'(harap ng|harapan ng) (camera|cam|webcam) ~4 (foreigner|foreigners|kano|dayuhan|customer|nanonood|bayad)',
		// Physical abuse at home.
		`(pinapalo|pinalo|hinahampas|hinampas|sinusuntok|sinuntok|sinisipa|sinipa|sinasakal|sinakal|binubugbog|binugbog|sinasampal|sinampal) ${victim} (ng|gamit|hanggang|tuwing|pag|kapag|ni|nang)`,
		`(kinukulong|kinulong|kinandado|ikinukulong|pinagsarhan) ${victim} (sa|ng)`,
		`(pinapalayas|pinalayas) ${victim}`,
		'(hinalikan|hinahalikan|minolestya|minomolestya|hinipuan|hinihipuan) ako',`${hurt} ~1 ako ~3 (ng|ni) ~2 ${relative}`, `${hurt} (ako|ko)`, `(ginahasa|minolestiya|inabuso|ginalaw|hinipuan|binugbog|sinaktan) ako`, `(takot|natatakot) (akong|ako na) umuwi`,
		// Round 3: a threat after "pag hindi", chats as well as pictures, asked for nudes "na", filmed undressed for customers,
		// a cousin taken to work and not let home.
		'(pag|kapag|kung) (hindi|di) ~3 (ako|kami|siya|sya) ~2 (ipapakalat|ikakalat|ipopost|ipagkakalat|ilalabas|isesend|ipapasa|ipapakita|ipapost|isasend)',
		'(ipapakalat|ikakalat|ipopost|ipapost|ipagkakalat|ilalabas|isesend|ipapasa) (daw|nya|niya|nila) ~3 (chat|chats|convo|usapan|screenshot|ss|sikreto|mga pic|mga picture)',
		`(humihingi|humingi|nanghihingi|nanghingi) (na|pa|lagi|palagi|siya|sya|ulit) ~2 ${bare}`,
		`(pinapa|pina|pinag|pinapag|pinapavideo|pinavideo|pinapapicturan|pinapicturan) [video|picture|pic|litrato|picturan|kunan|vid|live] ${victim} ~6 (walang damit|walang saplot|naka panty|naka underwear|customer|customers|foreigner|foreigners|kano|bayad|${bare.slice(1, -1)})`,
		'(pinsan|kapatid|kaibigan|ate|kuya|bunso|pamangkin|bestfriend|bff) (ko|namin) ~9 (hindi|di) (pinapayagang umuwi|binabayaran|pinapasahod|sinasahuran|pinapasweldo|pinapasweldo)',
		'(pinsan|kapatid|kaibigan|ate|kuya|bunso|pamangkin|bestfriend|bff) (ko|namin) ~4 (dinala|dinadala|isinama|kinuha|nirecruit|ni recruit|ibinenta|binenta|ipinadala|pinadala) ~4 (kasambahay|katulong|magtrabaho|bar|club|entertainer|yaya|abroad|ibang bansa)'],
	selfHarm: ['gusto ko ~2 (mamatay|mawala)', '(naglaslas|maglaslas|laslas|naglalaslas|maglalaslas|nilaslas|nilalaslas)', 'wala (nang|na) saysay ~2 (mabuhay|buhay)', 'gusto ko [nang|na|ng] mamatay', '(magpapakamatay|magpakamatay) ~2', 'papatayin ko [ang] sarili ko', '(sasaktan|sinasaktan|sinaktan|hiniwa|hinihiwa) ko [ang] sarili ko', '(ayoko|ayaw ko) [nang|na] (mabuhay|mabuhay pa)', 'wala (nang|na) (dahilan|silbi) [ang] buhay ko',
		'(tapusin|tatapusin|wakasan|wawakasan) ~2 (buhay ko|ang buhay ko|buhay ko na)',
		'(balak|gusto|plano|iniisip|naiisip|naisip|pinaplano) ko [nang|na|ng] ~1 (mamatay|magpakamatay|tapusin|wakasan|mawala|maglaslas|uminom ng lason|tumalon)',
		'(sana|sana po) ~5 (hindi|di) ~3 (nagising|magising|ipinanganak|pinanganak|nabuhay)',
		'sana ~2 (mamatay|mawala) (na|nalang|na lang) ~1 ako',
		'(pagod|sawa|sawang sawa|suko) na ~2 mabuhay',
		'(pagod|sawa|sawang sawa|suko) na ~2 sa buhay ko',
		'(uminom|iinom|inumin|lumunok|iinumin) ~2 (lason|muriatic|zonrox|clorox)',
		'(tumalon|tatalon) ~3 (tulay|building|gusali|rooftop|bubong)',
		'mas ~3 (kung|pag|kapag) ~1 (wala|mawala|mamatay|patay) ~2 ako'],
	digits: [['sero', 'zero'], ['isa'], ['dalawa'], ['tatlo'], ['apat'], ['lima'], ['anim'], ['pito'], ['walo'], ['siyam']],
	streetWords: ['purok', 'barangay', 'brgy', 'sitio', 'blk', 'block', 'kalye']
};
