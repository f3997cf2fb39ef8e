// Vietnamese. Letters keep their diacritics (stripping them would turn words into other words). Writer's own voice:
// em, tôi, con, mình, cháu, tao.
import type { Lexicon } from './types';

const me = '(em|tôi|con|mình|cháu|tao|tớ)';
/** The writer, or a friend or sister they tell about. */
const victim = '(em|tôi|con|mình|cháu|tao|tớ|bạn em|bạn tôi|bạn mình|bạn tớ|em gái|chị em|nó)';
/** Pictures, and what makes them intimate. */
const pic = '(ảnh|hình|clip|video|hình ảnh)';
const bare = '(khỏa thân|khoả thân|nóng|nude|sex|nhạy cảm|không mặc|không mặc đồ|hở hang|khiêu dâm|sexy|lộ hàng|đồ lót|nội y)';
/** Harm that is never ordinary, for sentences with an actor and a habit ("bố hay đánh em"). */
const strike = '(đánh|đập|tát|đánh đập|sờ|sờ mó|sờ soạng|chửi|nhốt|trói|đuổi|hiếp|cưỡng hiếp|xâm hại|quất|bóp cổ)';

/**
 * Vietnamese is often typed without its diacritics ("toi muon tu tu"): each phrase is also read plain. Only phrases
 * whose plain form stays unambiguous go through this (plain "anh" is both "anh" and "ảnh", "so" is "sờ" and "số").
 */
const AMBIGUOUS_PLAIN = new Set(['so', 'bat', 'ep', 'to', 'chup', 'doa', 'thay', 'co', 'ba', 'han']);
function plain(phrase: string): string {
	const bare = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
	// A choice whose plain form is another common word ("sờ" → "so", "bắt" → "bat") is left out of the plain reading.
	return bare.replace(/\(([^()]*)\)/g, (all, inner: string) => {
		const kept = inner.split('|').filter((alt) => !AMBIGUOUS_PLAIN.has(alt));
		return kept.length ? `(${kept.join('|')})` : all;
	});
}
function withPlain(phrases: string[]): string[] {
	return [...new Set(phrases.flatMap((p) => [p, plain(p)]))];
}
const relative = '(chú|bác|cậu|dượng|bố|ba|cha|cha dượng|bố dượng|mẹ|thầy|cô|anh|anh họ|hàng xóm|bạn trai|ông|ông ta|hắn|người đó|chú ấy|bạn trai cũ|người yêu|người lạ|thầy giáo|cô giáo|mẹ kế|ông nội|ông ngoại|anh trai|người ta|họ)';
// "bắt"/"ép" (make someone do) alone are everyday ("cô bắt em gửi bài tập"): they count with what was forced, below.
/**
 * The writer or someone close they tell about: "chị họ em", "bạn thân em". Not a bare "em" or "con": "trẻ em bị đưa sang…"
 * and "con bị…" (children are…) are policy talk.
 */
const kin =
	'(tôi|mình|tớ|cháu|bạn em|bạn tôi|bạn mình|bạn tớ|chị em|anh em|em gái|em gái em|em trai|em trai em|chị họ em|chị gái em|em họ em|em họ|chị họ|anh họ|anh họ em|bạn thân em|bạn thân|chị tôi|em tôi|chị mình|em mình)';
const hurt = '(đánh|sờ|sờ mó|hiếp|hiếp dâm|xâm hại|lạm dụng|đe dọa|dọa|sàm sỡ|đụng chạm|ép buộc|bắt ép|cưỡng ép|quay phim|chụp|tống tiền|bạo hành)';

export const vi: Lexicon = {
	locale: 'vi',
	abuse: ['địt', 'djt', 'dit me', 'djt me', 'đụ', 'đm', 'đmm', 'đcm', 'đkm', 'dkm', 'dcm', 'vl', 'đéo', 'đĩ', 'lồn', 'cặc', 'buồi', 'ngu', 'óc chó', 'khốn nạn', 'mẹ mày', 'vcl', 'vkl', 'clm', 'đồ ngu', 'thằng ngu', 'con điên', 'súc vật', 'chó má', 'dmm', 'đcmm', 'dcmm', 'clgt', 'vãi lồn', 'con đĩ', 'thằng chó', 'đồ chó', 'óc lợn', 'oc cho', 'oc lon', 'd u m a', 'đ u m a', 'du ma may', 'vãi l n', 'vai l n', 'vl n'],
	mild: ['ngu', 'chó', 'lợn'],
	bullying: ['(mày|bạn|cậu) (ngu|xấu|béo|vô dụng|ngu ngốc)', 'không ai (thích|ưa|yêu) (mày|bạn|cậu)', 'đi chết [đi]'],
	contact: [
		'(kết bạn|add|thêm) ~2 (zalo|facebook|fb|insta|ig|telegram)',
		'(nhắn tin|nhắn|inbox|ib|gọi) [cho] (mình|em|anh|tao|tớ)',
		'(nhắn tin|nhắn|chat|nói chuyện) riêng',
		'(gửi|send) (ảnh|hình|video|clip) (cho|để) (anh|mình|tớ|chú) ~2',
		'(xin|cho anh xin|cho mình xin) (số|sđt|số điện thoại|zalo|facebook|địa chỉ)',
		'gặp nhau ~4 (một mình|riêng|đi một mình)',
		'(tan học|sau giờ học) ~2 gặp',
				'gặp (riêng|mặt riêng|nhau riêng|nhau sau giờ học|nhau tối nay)',
		'(đi gặp|ra gặp) (anh|mình|tớ)',
		'(em|bạn|cậu) (bao nhiêu|mấy) tuổi',
		'(gửi|cho) (mình|anh|em|tớ) ~2 (ảnh|hình|video|clip)',
		'đừng (nói|kể) ~2 (với ai|cho ai|bố mẹ|ba mẹ|ai|thầy cô)',
		'bí mật [của] (hai đứa|chúng ta|tụi mình|hai ta)',
		'nhà (em|bạn|cậu) ở đâu',
		'(ib|inbox|nt) (riêng|anh|mình|chị|tớ|tao)',
		'(gửi|gởi|cho) (anh|mình|chú|tớ|tao) (xem|coi|ngắm) ~3 (ảnh|hình|video|clip|mặt|người|body)',
		'(đi|đến|ra|tới) một mình (thôi|nha|nhé|nhe|nhá|đó|nghe|nhen)',
		'có (zalo|fb|facebook|ig|insta|tele|telegram|tiktok|messenger) không',
		// Round 3: "zalo em …, ai cần thì nhắn", "add nha".
		...withPlain([
			'(zalo|fb|facebook|sđt|sdt|ig|tele|telegram|insta) (em|mình|anh|tớ|tao|chị) ~6 (nhắn|ib|inbox|add|kết bạn|gọi|liên hệ)',
			'(ai cần|ai muốn) ~4 (thì|cứ) (nhắn|ib|inbox|liên hệ|add|kết bạn|gọi) [cho|với] (em|mình|tớ|anh|tao)',
			'(add|kết bạn|follow|fl|ib|inbox) (nha|nhé|nhe|nhá|nhen|với|đi nha|đi nhé)'
		]),
		// The same typed without diacritics, where the plain words stay unambiguous.
		...[
			'(nhắn tin|nhắn|chat|nói chuyện|ib|inbox) riêng',
			'(kết bạn|add|thêm) ~2 (zalo|facebook|fb|insta|ig|telegram)',
			'(gửi|gởi) (anh|mình|chú|tớ|tao) (xem|coi|ngắm) ~3 (ảnh|hình|video|clip)',
			'(đi|đến|ra|tới) một mình (thôi|nha|nhé|nhe|nhá|đó|nghe|nhen)',
			'có (zalo|fb|facebook|ig|insta|tele|telegram|tiktok) không',
			'gặp nhau ~4 (một mình|riêng|đi một mình)',
			'(em|bạn|cậu) (bao nhiêu|mấy) tuổi',
			'nhà (em|bạn|cậu) ở đâu',
			'bí mật [của] (hai đứa|chúng ta|tụi mình|hai ta)',
			'(xin|cho anh xin|cho mình xin) (sđt|số điện thoại|zalo|facebook|địa chỉ)',
			'đừng (nói|kể) ~2 (với ai|cho ai|bố mẹ|ba mẹ|thầy cô)'
		].map(plain)
	],
	disclosure: withPlain([
		'dọa (tung|đăng|phát tán|gửi|share) ~3 (ảnh|clip|video|hình)',
		`${relative} ~5 ${hurt} ~2 ${me}`,
		`${me} (sợ|không dám) về nhà`,
		`(bắt|ép) ${victim} ~5 (không muốn|cởi|quan hệ|ngủ với|tiếp khách|bán dâm|làm gái|xem phim sex|khỏa thân)`,
		`${me} ~2 bị (ép|bắt) ~2 (quan hệ|cởi|ngủ với|tiếp khách|bán dâm|làm gái|chụp|quay|gửi ảnh|xem phim|khỏa thân)`,
		`(hay|thường|thường xuyên|lại|cứ|suốt ngày|toàn|lúc nào cũng|hay bị|bị) ${strike} (em|con|cháu|tôi|tớ|mình)`,
		// Sextortion: pictures demanded, threatened, paid for.
		`(đòi|bắt|ép|dụ|xin|yêu cầu|bảo|kêu|gạ|dụ dỗ) ${victim} ~1 (gửi|chụp|quay|cho xem|cởi|khoe|gởi) ~3 (${pic.slice(1, -1)}|đồ|quần áo|áo)`,
		`(đòi|xin|bắt|ép|dụ|yêu cầu|gạ) ${victim} ~2 ${pic} ~1 ${bare}`,
		'(dọa|đe dọa|hăm dọa|đe doạ|doạ) ~3 (tung|đăng lên|phát tán|share|công khai|gửi cho|bêu)',
		'(gửi|đã gửi|gửi rồi|gởi) ~5 (họ|nó|hắn|anh ta|người đó|ông ta|thằng đó|tụi nó|bọn nó) ~2 (đòi tiền|tống tiền|đòi thêm|bắt gửi thêm|đòi gửi thêm|dọa|đe dọa)',
		`tống tiền ${victim}`,
		`(cho|tặng|nạp|hứa cho|hứa|nạp thẻ cho) ~3 (kim cương|tiền|quân huy|thẻ|card|skin|robux|quà|kc) ~4 (nếu|để|đổi|thì|với điều kiện) ~3 (gửi|chụp|${pic.slice(1, -1)})`,
		// Grooming: secrets and deleted chats; porn shown; touched.
		`(bảo|dặn|bắt|kêu) ${victim} ~2 (xóa|xoá) ~2 (tin nhắn|đoạn chat|chat|ảnh|lịch sử)`,
		`(bảo|dặn|bắt|kêu) ${victim} ~2 (giữ bí mật|không được nói|đừng nói|đừng kể|không được kể)`,
		`(cho|bắt|ép) ${victim} (xem|coi) ~2 (phim sex|phim người lớn|phim đen|clip sex|ảnh sex|phim cấp ba|sex|ảnh khỏa thân)`,
		`(sờ|sờ mó|sờ soạng|mò|hôn|động vào|chạm vào|bóp) ~2 (ngực|vùng kín|chỗ kín|đùi|mông) ~1 (em|con|cháu|tôi|mình|tớ)`,
		// Trafficking and forced work.
		`(giữ|lấy|tịch thu|cầm|thu) ~1 (hộ chiếu|giấy tờ|passport|căn cước|cccd|cmnd) [của] ${victim}`,
		`${victim} ~2 bị ~2 (giữ|lấy|tịch thu|thu) ~1 (hộ chiếu|giấy tờ|passport|căn cước|cccd|cmnd)`,
		`${victim} ~3 (hứa|hứa hẹn|dụ|lừa) ~3 (việc làm|đi làm|làm việc|việc) ~4 (nước ngoài|trung quốc|campuchia|thành phố|lương cao)`,
		// "Nhiều bạn nữ… bị lừa bán sang Trung Quốc" is policy talk: sold abroad counts of the writer or kin, below.
		'(bị|bắt|ép) ~2 (tiếp khách|bán dâm|làm gái)',
		// Round 3: taken across a border, held and not let home; someone entering the room at night.
		`${kin} ~4 bị ~3 (dẫn|đưa|dụ|lừa|bán|dắt|chở|gạt|lừa bán) ~2 (sang|qua|đi|lên) (campuchia|cam|trung quốc|tq|lào|thái|thái lan|malaysia|myanmar|nước ngoài|biên giới|hàn|đài loan)`,
		`${kin} ~6 bị (giữ lại|giữ|giam|nhốt|giam lỏng) ~3 không (cho|được) (về|liên lạc|đi|ra ngoài|gọi)`,
		`(chú|dượng|chú dượng|bố dượng|cha dượng|anh họ|ông|thầy|bác|cậu|hắn|ông ta|người đó|anh ta|anh rể|ông nội|ông ngoại|bạn trai) ~3 (vào|vô|lẻn vào|mò vào|sang|qua|mò sang|lẻn sang) phòng ${me} ~3 (lúc nửa đêm|nửa đêm|ban đêm|mỗi tối|mỗi đêm|khi ngủ|lúc ngủ|lúc em ngủ|đêm khuya|buổi đêm|giữa đêm)`,
		`(không cho|không được) ${victim} ~1 (về nhà|liên lạc|gọi về|ra ngoài|bỏ đi)`,
		// Physical abuse at home.
		`(nhốt|đuổi) ${me} ~2 (ra ngoài|ngoài|trong phòng|ra khỏi nhà|khỏi nhà)`,
		`(đánh|đập|tát|quất) ${me} ~2 (bằng|đến|tới|chảy máu|bầm|thâm tím|ngất)`,
		'(uống rượu|say rượu|say xỉn|nhậu|say) ~4 (đánh|đập|chửi|tát) (em|con|cháu|tôi|mẹ)'
	]).concat([
		`${me} ~2 bị ~3 ${hurt}`,
		// Typed plain, a gap would let "bị" reach an unrelated word ("em bị ghi vào danh sách").
		plain(`${me} ~2 bị ~1 ${hurt}`),
		'(so|so mo|so soang|mo|hon|dong vao|cham vao|bop) ~2 (nguc|vung kin|cho kin|dui|mong) ~1 (em|con|chau|toi|minh)'
	]),
	selfHarm: withPlain([
		`${me} ~2 (muốn|sẽ|định|đang nghĩ đến|nghĩ đến|tính) ~1 (chết|tự tử|tự sát|tự làm đau|kết thúc cuộc đời|rạch tay|tự hại)`,
		'(chỉ|thật sự|thực sự|rất|thật) muốn (chết|tự tử|biến mất)',
		'muốn chết (cho xong|cho rồi|đi cho xong)',
		'rạch tay',
		'chết quách',
		'uống ~3 thuốc ngủ',
		'không muốn sống [nữa]',
		'(tự|đã tự) (làm đau|rạch|cắt) (mình|tay)',
		'(sống|sống để) làm gì (nữa|đâu)',
		'(không còn|chẳng còn) (lý do|ý nghĩa|gì) ~2 (để sống|sống)',
		`${me} ~2 (muốn|sẽ|định) ~1 (biến mất|ra đi|đi) ~1 (mãi mãi|vĩnh viễn|khỏi thế giới|khỏi cuộc đời)`,
		'biến mất mãi mãi',
		'uống (hết|cả) ~2 (thuốc|vỉ thuốc|lọ thuốc)',
		'(nhảy|gieo mình) (lầu|cầu|sông|từ tầng|xuống sông|từ trên)',
		'treo cổ',
		'(cứa|rạch|cắt) (cổ tay|đùi)',
		'tự (hại|làm hại) (bản thân|mình)',
		'ngủ (luôn|mãi mãi|một giấc) ~1 không (dậy|tỉnh)',
		'không muốn (tỉnh dậy|thức dậy)',
		`(mọi người|ai cũng|cả nhà) ~3 (tốt hơn|vui hơn|hạnh phúc hơn|nhẹ nhõm) ~2 (nếu|khi) (không có|thiếu) ${me}`,
		'chết (đi|quách) cho (xong|rồi|nhẹ)',
		// Round 3: pills made ready to swallow at once.
		'thuốc ~5 (sẽ|định|muốn|tính|sắp) (uống hết|uống cả|nuốt hết|uống nguyên|uống sạch)',
		'(sẽ|định|muốn|tính|sắp) (uống|nuốt) (hết|cả|nguyên|sạch) ~1 (vỉ|lọ|hộp|chai|hũ) thuốc',
		`(chuẩn bị|gom|tích|mua sẵn|để dành|trữ|tích trữ) [sẵn] thuốc ~4 (để chết|tự tử|kết thúc|ra đi)`
	]),
	digits: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
	streetWords: ['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'số nhà', 'kiệt', 'tổ', 'duong', 'ngo', 'ngach', 'hem', 'so nha', 'kiet']
};
