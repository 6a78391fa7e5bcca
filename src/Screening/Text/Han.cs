using System.Text;

namespace Gateway.Screening.Text;

/// Chinese names in Han characters to the Latin spellings passports and lists use, through a small table: about 100
/// common surnames with their Hanyu Pinyin, Wade–Giles and Cantonese spellings (张 ZHANG/CHANG/CHEUNG, 陈 CHEN/CHAN) and
/// about 200 frequent given-name characters in Pinyin. A name is romanised only when every character is in the table:
/// a one- or two-character surname, then the given name written as one part, as Pinyin does (习近平 → xi jinping).
/// The limit, documented in docs/SCREENING.md: a character outside the table leaves the whole name unromanised (it then
/// matches only through the list's Latin aliases); Japanese kanji readings and transcribed foreign names (克魯森) are
/// not attempted.
internal static class Han
{
    private static readonly Dictionary<char, string[]> Surnames = new();
    private static readonly Dictionary<string, string[]> DoubleSurnames = new(StringComparer.Ordinal);
    private static readonly Dictionary<char, string> Given = new();

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static IEnumerable<string[]> Romanise(ReadOnlySpan<char> run)
    {
        string[]? surname = null;
        var rest = run;
        if (run.Length >= 3 && DoubleSurnames.TryGetValue(run[..2].ToString(), out var two)) { surname = two; rest = run[2..]; }
        else if (run.Length >= 2 && Surnames.TryGetValue(run[0], out var one)) { surname = one; rest = run[1..]; }
        if (surname is null || rest.Length > 3) return [];
        var given = new StringBuilder(8);
        foreach (var c in rest)
        {
            if (!Given.TryGetValue(c, out var py) && !(Surnames.TryGetValue(c, out var s) && (py = s[0]) is not null)) return [];
            given.Append(py);
        }
        return [surname, [given.ToString()]];
    }

    static Han()
    {
        // Simplified and traditional forms share a row where they differ (张張).
        const string surnames = """
            王 wang wong|李 li lee|张張 zhang chang cheung|刘劉 liu lau|陈陳 chen chan|杨楊 yang yeung|黄黃 huang wong|赵趙 zhao chao chiu
            吴吳 wu ng|周 zhou chou chow|徐 xu hsu tsui|孙孫 sun suen|马馬 ma|朱 zhu chu|胡 hu wu|郭 guo kuo kwok|何 he ho|高 gao kao ko
            林 lin lam|罗羅 luo lo law|郑鄭 zheng cheng|梁 liang leung|谢謝 xie hsieh tse|宋 song sung|唐 tang tong|许許 xu hsu hui
            韩韓 han hon|冯馮 feng fung|邓鄧 deng teng tang|曹 cao tsao tso|彭 peng pang|曾 zeng tseng tsang|肖蕭萧 xiao hsiao siu
            田 tian tien|董 dong tung|袁 yuan yuen|潘 pan poon|于 yu|蒋蔣 jiang chiang|蔡 cai tsai choi|余 yu yue|杜 du tu to
            叶葉 ye yeh yip|程 cheng ching|苏蘇 su so|魏 wei ngai|吕呂 lu lui|丁 ding ting|任 ren jen yam|沈 shen shum|姚 yao yiu
            卢盧 lu lo|姜 jiang chiang keung|崔 cui tsui choi|钟鍾 zhong chung|谭譚 tan tam|陆陸 lu luk|汪 wang|范 fan|金 jin chin kam
            石 shi shih shek|廖 liao liu|贾賈 jia chia|夏 xia hsia ha|韦韋 wei wai|付傅 fu|方 fang fong|白 bai pai pak|邹鄒 zou tsou chau
            孟 meng mang|熊 xiong hsiung hung|秦 qin chin|邱 qiu chiu yau|江 jiang chiang kong|尹 yin wan|薛 xue hsueh sit|闫閻阎 yan yen
            段 duan tuan tuen|雷 lei lui|侯 hou hau|龙龍 long lung|史 shi shih sze|黎 li lai|贺賀 he ho|顾顧 gu ku koo|毛 mao|郝 hao
            龚龔 gong kung|邵 shao siu|万萬 wan man|钱錢 qian chien chin|严嚴 yan yen yim|覃 qin tam|武 wu mo|戴 dai tai|莫 mo mok
            孔 kong kung hung|向 xiang hsiang heung|汤湯 tang tong|常 chang sheung|温溫 wen wan|康 kang hong|施 shi shih sze|文 wen man
            牛 niu|樊 fan|葛 ge ko|邢 xing hsing|安 an on|齐齊 qi chi chai|易 yi|乔喬 qiao chiao kiu|伍 wu ng|庞龐 pang pong|颜顏 yan yen ngan
            倪 ni ngai|庄莊 zhuang chuang chong|聂聶 nie nieh nip|章 zhang chang cheung|鲁魯 lu lo|岳 yue yueh ngok|翟 zhai chai|殷 yin yan
            詹 zhan chan chim|申 shen shin|欧歐 ou au|耿 geng keng|关關 guan kuan kwan|兰蘭 lan lam|焦 jiao chiao|俞 yu yue|左 zuo tso
            柳 liu lau|甘 gan kan kam|祝 zhu chu chuk|包 bao pao|宁寧 ning ning|尚 shang|符 fu|舒 shu|阮 ruan juan yuen|柯 ke ko|纪紀 ji chi kei
            梅 mei mui|童 tong tung|凌 ling|毕畢 bi pi pat|单單 shan|季 ji chi|裴 pei pui|霍 huo fok|涂塗 tu to|成 cheng ching shing|苗 miao
            谷 gu ku kuk|盛 sheng|曲 qu chu|翁 weng yung|冉 ran jan|骆駱 luo lo lok|蓝藍 lan lam|路 lu lo|游 you yu yau|辛 xin hsin san
            靳 jin chin|管 guan kuan kwun|柴 chai|蒙 meng mung|鲍鮑 bao pao pau|华華 hua wah|喻 yu|祁 qi chi|蒲 pu|房 fang fong|滕 teng tang
            屈 qu chu wat|饶饒 rao jao yiu|解 xie hsieh|牟 mou mau|艾 ai|尤 you yu yau|阳陽 yang yeung|时時 shi shih si|穆 mu muk|农農 nong nung
            司 si ssu sze|卓 zhuo cho cheuk|古 gu ku koo|吉 ji chi kat|缪繆 miao|简簡 jian chien kan|车車 che chay|项項 xiang hsiang hong|连連 lian lien lin
            芦蘆 lu lo|麦麥 mai mak|褚 chu|娄婁 lou lau|窦竇 dou tou tau|戚 qi chi chik|岑 cen tsen sham|景 jing ching king|党黨 dang tang tong
            宫宮 gong kung|费費 fei fai|卜 bu pu pok|冷 leng lang|晏 yan yen|席 xi hsi|卫衛 wei wai|米 mi mai|柏 bai pai pak|宗 zong tsung chung
            瞿 qu chu kui|桂 gui kuei kwai|全 quan chuan chuen|佟 tong tung|应應 ying|臧 zang tsang chong|闵閔 min man|苟 gou kou|邬鄔 wu woo
            边邊 bian pien pin|卞 bian pien pin|姬 ji chi kei|师師 shi shih sze|和 he ho|仇 qiu chiu|栾欒 luan|隋 sui|商 shang sheung|刁 diao tiao
            沙 sha|荣榮 rong jung wing|巫 wu mo|寇 kou kau|桑 sang song|郎 lang long|甄 zhen chen yan|丛叢 cong tsung chung|仲 zhong chung
            虞 yu|敖 ao ngao|巩鞏 gong kung|明 ming|佘 she|池 chi chih|查 zha cha|麻 ma|苑 yuan yuen|迟遲 chi chih|邝鄺 kuang kwong|习習 xi hsi
            """;
        foreach (var row in surnames.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var c in parts[0]) Surnames[c] = parts[1..];
        }
        foreach (var (chars, forms) in new[] { ("欧阳歐陽", "ouyang auyeung"), ("司马司馬", "sima szema"), ("诸葛諸葛", "zhuge chukot"), ("上官", "shangguan"), ("东方東方", "dongfang") })
        {
            var f = forms.Split(' ');
            DoubleSurnames[chars[..2]] = f;
            if (chars.Length == 4) DoubleSurnames[chars[2..]] = f;
        }
        // Frequent given-name characters (Pinyin without tones).
        const string given = """
            伟偉wei 芳fang 娜na 秀xiu 英ying 敏min 静靜jing 丽麗li 强強qiang 磊lei 军軍jun 洋yang 勇yong 艳豔yan 杰傑jie 娟juan 涛濤tao 明ming
            超chao 秀xiu 霞xia 平ping 刚剛gang 桂gui 文wen 华華hua 建jian 国國guo 志zhi 新xin 海hai 红紅hong 玉yu 小xiao 春chun 兰蘭lan
            德de 成cheng 永yong 生sheng 荣榮rong 金jin 东東dong 光guang 辉輝hui 清qing 宏hong 波bo 斌bin 鹏鵬peng 飞飛fei 龙龍long 云雲yun
            林lin 峰feng 晓曉xiao 亮liang 俊jun 健jian 宇yu 浩hao 凯凱kai 鑫xin 晨chen 阳陽yang 思si 嘉jia 佳jia 欣xin 怡yi 婷ting 雪xue
            琳lin 慧hui 颖穎ying 梅mei 玲ling 燕yan 萍ping 红hong 凤鳳feng 兵bing 民min 福fu 贵貴gui 富fu 宝寶bao 喜xi 庆慶qing 安an
            家jia 和he 祥xiang 瑞rui 佩pei 君jun 子zi 天tian 一yi 中zhong 正zheng 世shi 江jiang 山shan 水shui 泽澤ze 源yuan 忠zhong 义義yi
            仁ren 礼禮li 智zhi 信xin 孝xiao 廉lian 耀yao 振zhen 兴興xing 昌chang 盛sheng 达達da 远遠yuan 进進jin 学學xue 武wu 良liang 立li
            近jin 锦錦jin 涛tao 泉quan 岩yan 松song 柏bai 竹zhu 菊ju 莲蓮lian 荷he 月yue 星xing 晶jing 虹hong 宁寧ning 静jing 慈ci 爱愛ai
            恩en 惠hui 贤賢xian 淑shu 珍zhen 珠zhu 琴qin 翠cui 彩cai 丹dan 青qing 白bai 若ruo 如ru 心xin 悦悅yue 乐樂le 欢歡huan 美mei
            运運yun 发發fa 财財cai 胜勝sheng 利li 军jun 卫衛wei 保bao 护護hu 长長chang 高gao 博bo 文wen 章zhang 书書shu 俊jun 豪hao 雄xiong
            威wei 虎hu 彪biao 坤kun 乾qian 鸿鴻hong 鹤鶴he 鹰鷹ying 凡fan 帆fan 航hang 舟zhou 刚gang 毅yi 坚堅jian 勤qin 朗lang 哲zhe 铭銘ming
            恒恆heng 轩軒xuan 涵han 萱xuan 琪qi 瑶瑤yao 璐lu 露lu 霖lin 雨yu 茜qian 倩qian 蕾lei 薇wei 芬fen 芝zhi 蓉rong 莉li 菲fei 岚嵐lan
            """;
        foreach (var item in given.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var split = 0;
            while (split < item.Length && IsHan(item[split])) split++;
            foreach (var c in item[..split]) Given.TryAdd(c, item[split..]);
        }
    }
}
