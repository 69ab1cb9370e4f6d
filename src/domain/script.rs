//! Simplified and Traditional Chinese characters: a search in one script finds text written
//! in the other, and a text's script can be told for its `lang` attribute.
//!
//! The table covers the characters that differ between the scripts among those in the source
//! documents, the bundled dataset, the synthetic generator and the interface strings (made by
//! `tests/tools/script_pairs.py` from OpenCC's character tables; one-to-one pairs only).
//! Characters outside it are left as they are.

/// (Traditional, Simplified) pairs, sorted by the Traditional character.
const PAIRS: &[(char, char)] = &[
    ('並', '并'),
    ('亞', '亚'),
    ('佔', '占'),
    ('來', '来'),
    ('個', '个'),
    ('備', '备'),
    ('僅', '仅'),
    ('優', '优'),
    ('儲', '储'),
    ('內', '内'),
    ('兩', '两'),
    ('冊', '册'),
    ('別', '别'),
    ('創', '创'),
    ('劃', '划'),
    ('劉', '刘'),
    ('動', '动'),
    ('務', '务'),
    ('勢', '势'),
    ('勳', '勋'),
    ('匯', '汇'),
    ('區', '区'),
    ('協', '协'),
    ('參', '参'),
    ('吳', '吴'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('堅', '坚'),
    ('報', '报'),
    ('場', '场'),
    ('壇', '坛'),
    ('夥', '伙'),
    ('學', '学'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('尋', '寻'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('層', '层'),
    ('屬', '属'),
    ('峯', '峰'),
    ('師', '师'),
    ('帶', '带'),
    ('庫', '库'),
    ('張', '张'),
    ('強', '强'),
    ('後', '后'),
    ('徑', '径'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('態', '态'),
    ('慶', '庆'),
    ('應', '应'),
    ('懷', '怀'),
    ('戰', '战'),
    ('掃', '扫'),
    ('揚', '扬'),
    ('換', '换'),
    ('揮', '挥'),
    ('搶', '抢'),
    ('擇', '择'),
    ('據', '据'),
    ('攜', '携'),
    ('敗', '败'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('曄', '晔'),
    ('曆', '历'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('業', '业'),
    ('極', '极'),
    ('榮', '荣'),
    ('構', '构'),
    ('標', '标'),
    ('樣', '样'),
    ('橋', '桥'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('欄', '栏'),
    ('權', '权'),
    ('歐', '欧'),
    ('歡', '欢'),
    ('歷', '历'),
    ('氣', '气'),
    ('沒', '没'),
    ('減', '减'),
    ('溝', '沟'),
    ('潛', '潜'),
    ('濟', '济'),
    ('瀏', '浏'),
    ('災', '灾'),
    ('為', '为'),
    ('烏', '乌'),
    ('無', '无'),
    ('熱', '热'),
    ('爭', '争'),
    ('爲', '为'),
    ('爾', '尔'),
    ('獎', '奖'),
    ('獻', '献'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('當', '当'),
    ('疊', '叠'),
    ('發', '发'),
    ('碩', '硕'),
    ('碼', '码'),
    ('礎', '础'),
    ('礦', '矿'),
    ('積', '积'),
    ('節', '节'),
    ('範', '范'),
    ('築', '筑'),
    ('篩', '筛'),
    ('簡', '简'),
    ('籌', '筹'),
    ('籤', '签'),
    ('糧', '粮'),
    ('紹', '绍'),
    ('組', '组'),
    ('結', '结'),
    ('絡', '络'),
    ('統', '统'),
    ('絲', '丝'),
    ('經', '经'),
    ('綢', '绸'),
    ('維', '维'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('編', '编'),
    ('縮', '缩'),
    ('總', '总'),
    ('織', '织'),
    ('繞', '绕'),
    ('繪', '绘'),
    ('繼', '继'),
    ('續', '续'),
    ('羅', '罗'),
    ('義', '义'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('職', '职'),
    ('脫', '脱'),
    ('臺', '台'),
    ('與', '与'),
    ('舉', '举'),
    ('華', '华'),
    ('蓋', '盖'),
    ('薩', '萨'),
    ('蘭', '兰'),
    ('處', '处'),
    ('號', '号'),
    ('術', '术'),
    ('裏', '里'),
    ('裝', '装'),
    ('製', '制'),
    ('複', '复'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('覽', '览'),
    ('訂', '订'),
    ('計', '计'),
    ('訊', '讯'),
    ('討', '讨'),
    ('記', '记'),
    ('訪', '访'),
    ('設', '设'),
    ('評', '评'),
    ('試', '试'),
    ('話', '话'),
    ('該', '该'),
    ('詳', '详'),
    ('語', '语'),
    ('誤', '误'),
    ('誰', '谁'),
    ('調', '调'),
    ('請', '请'),
    ('諒', '谅'),
    ('論', '论'),
    ('諾', '诺'),
    ('謀', '谋'),
    ('講', '讲'),
    ('謝', '谢'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('譽', '誉'),
    ('讀', '读'),
    ('變', '变'),
    ('豐', '丰'),
    ('負', '负'),
    ('財', '财'),
    ('貢', '贡'),
    ('責', '责'),
    ('貼', '贴'),
    ('賀', '贺'),
    ('資', '资'),
    ('賈', '贾'),
    ('質', '质'),
    ('贏', '赢'),
    ('踐', '践'),
    ('車', '车'),
    ('軸', '轴'),
    ('較', '较'),
    ('載', '载'),
    ('輯', '辑'),
    ('輻', '辐'),
    ('轉', '转'),
    ('辦', '办'),
    ('辭', '辞'),
    ('這', '这'),
    ('連', '连'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('選', '选'),
    ('遼', '辽'),
    ('邁', '迈'),
    ('還', '还'),
    ('邊', '边'),
    ('郵', '邮'),
    ('鄰', '邻'),
    ('醫', '医'),
    ('釗', '钊'),
    ('針', '针'),
    ('銅', '铜'),
    ('鋒', '锋'),
    ('鋼', '钢'),
    ('錄', '录'),
    ('鍵', '键'),
    ('鎂', '镁'),
    ('鏈', '链'),
    ('鐵', '铁'),
    ('鑄', '铸'),
    ('長', '长'),
    ('門', '门'),
    ('閉', '闭'),
    ('開', '开'),
    ('間', '间'),
    ('關', '关'),
    ('陽', '阳'),
    ('階', '阶'),
    ('際', '际'),
    ('雙', '双'),
    ('離', '离'),
    ('電', '电'),
    ('鞏', '巩'),
    ('韓', '韩'),
    ('響', '响'),
    ('頁', '页'),
    ('頂', '顶'),
    ('項', '项'),
    ('順', '顺'),
    ('預', '预'),
    ('領', '领'),
    ('題', '题'),
    ('類', '类'),
    ('顯', '显'),
    ('餘', '余'),
    ('驗', '验'),
    ('體', '体'),
    ('魯', '鲁'),
    ('鵬', '鹏'),
    ('鷹', '鹰'),
    ('麼', '么'),
    ('點', '点'),
    ('黨', '党'),
];

/// The Simplified form of `c`, or `c` itself.
pub fn to_simplified(c: char) -> char {
    PAIRS
        .binary_search_by(|(traditional, _)| traditional.cmp(&c))
        .map(|i| PAIRS[i].1)
        .unwrap_or(c)
}

/// Whether `c` is written differently in Traditional text (a Simplified-only form).
fn is_simplified_only(c: char) -> bool {
    PAIRS.iter().any(|&(_, simplified)| simplified == c) && to_simplified(c) == c
}

/// Which script a Chinese text is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Simplified,
    Traditional,
    /// No character tells (or the text has no Chinese).
    Either,
}

/// The script most of the telling characters of `text` belong to.
pub fn script_of(text: &str) -> Script {
    let (mut traditional, mut simplified) = (0, 0);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if to_simplified(c) != c {
            traditional += 1;
        } else if is_simplified_only(c) {
            simplified += 1;
        }
    }
    match traditional.cmp(&simplified) {
        std::cmp::Ordering::Greater => Script::Traditional,
        std::cmp::Ordering::Less => Script::Simplified,
        std::cmp::Ordering::Equal => Script::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_one_to_one() {
        assert!(PAIRS.windows(2).all(|w| w[0].0 < w[1].0), "not sorted");
        for &(traditional, simplified) in PAIRS {
            assert_ne!(traditional, simplified);
            assert_eq!(
                to_simplified(simplified),
                simplified,
                "{simplified} maps on"
            );
        }
    }

    #[test]
    fn every_traditional_character_of_the_cas_cnrs_source_folds() {
        // Words of source 004 (Traditional) and their Simplified spelling.
        for (traditional, simplified) in [
            ("中國科學院", "中国科学院"),
            ("法國國家科學研究中心", "法国国家科学研究中心"),
            ("關鍵核心技術", "关键核心技术"),
            ("聯合實驗室", "联合实验室"),
        ] {
            let folded: String = traditional.chars().map(to_simplified).collect();
            assert_eq!(folded, simplified);
        }
    }

    #[test]
    fn tells_the_script_of_a_text() {
        assert_eq!(
            script_of("中国科学院与法国国家科学研究中心"),
            Script::Simplified
        );
        assert_eq!(
            script_of("中國科學院與法國國家科學研究中心"),
            Script::Traditional
        );
        assert_eq!(script_of("材料科学"), Script::Simplified);
        assert_eq!(script_of("CNRS"), Script::Either);
    }
}
