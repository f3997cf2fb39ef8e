// Vietnamese. Letters keep their diacritics (stripping them would turn words into other words). Writer's own voice:
// em, tôi, con, mình, cháu, tao.
import type { Lexicon } from './types';

const me = '(em|tôi|con|mình|cháu|tao|tớ)';
const relative = '(chú|bác|cậu|dượng|bố|ba|cha|cha dượng|bố dượng|mẹ|thầy|cô|anh|anh họ|hàng xóm|bạn trai|ông|ông ta|hắn|người đó|chú ấy)';
const hurt = '(đánh|sờ|sờ mó|hiếp|hiếp dâm|xâm hại|lạm dụng|đe dọa|dọa|sàm sỡ|đụng chạm|ép|bắt|quay phim|chụp|tống tiền|bạo hành)';

export const vi: Lexicon = {
	locale: 'vi',
	abuse: ['địt', 'djt', 'dit me', 'djt me', 'đụ', 'đm', 'đmm', 'đcm', 'đkm', 'dkm', 'dcm', 'vl', 'đéo', 'đĩ', 'lồn', 'cặc', 'buồi', 'ngu', 'óc chó', 'khốn nạn', 'mẹ mày', 'vcl', 'vkl', 'clm', 'đồ ngu', 'thằng ngu', 'con điên', 'súc vật', 'chó má'],
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
		'(zalo|sđt|số điện thoại|số) [của] (mình|em|anh|tớ) (là)',
		'gặp (riêng|mặt riêng|nhau riêng|nhau sau giờ học|nhau tối nay)',
		'(đi gặp|ra gặp) (anh|mình|tớ)',
		'(em|bạn|cậu) (bao nhiêu|mấy) tuổi',
		'(gửi|cho) (mình|anh|em|tớ) ~2 (ảnh|hình|video|clip)',
		'đừng (nói|kể) ~2 (với ai|cho ai|bố mẹ|ba mẹ|ai|thầy cô)',
		'bí mật [của] (hai đứa|chúng ta|tụi mình|hai ta)',
		'nhà (em|bạn|cậu) ở đâu'
	],
	disclosure: ['dọa (tung|đăng|phát tán|gửi|share) ~3 (ảnh|clip|video|hình)', `${relative} ~3 ${hurt} ~2 ${me}`, `${me} ~2 bị ~3 ${hurt}`, `${me} (sợ|không dám) về nhà`],
	selfHarm: [`${me} ~2 (muốn|sẽ|định|đang nghĩ đến) ~1 (chết|tự tử|tự sát|tự làm đau|kết thúc cuộc đời|rạch tay)`, 'muốn chết', 'rạch tay', 'chết quách', 'uống ~3 thuốc ngủ', 'không muốn sống [nữa]', '(tự|đã tự) (làm đau|rạch|cắt) (mình|tay)'],
	digits: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
	streetWords: ['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'số nhà', 'kiệt', 'tổ']
};
