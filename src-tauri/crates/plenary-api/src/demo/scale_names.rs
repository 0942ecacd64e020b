//! Names for generated meetings, by naming tradition and script, and which traditions a
//! country's delegates come from. Enough of each that a delegation of a few hundred people
//! rarely repeats a name; the generator adds a second given name where it would.

use plenary_core::Lang;

/// One naming tradition: given names by gender, family names, and how a name is written.
pub(super) struct Culture {
    /// Female given names.
    pub female: &'static [&'static str],
    /// Male given names.
    pub male: &'static [&'static str],
    /// Family names.
    pub family: &'static [&'static str],
    /// Written family name first (Chinese, Japanese, Korean, Vietnamese).
    pub family_first: bool,
    /// The language of correspondence its delegates most often ask for.
    pub language: Lang,
}

const YORUBA: Culture = Culture {
    female: &["Adéọlá", "Folúṣọ́", "Títílayọ̀", "Ìfẹ́olúwa", "Mọ́remi", "Yétúndé", "Bọ́láńlé", "Oláidé", "Fúnmiláyọ̀", "Ṣadé"],
    male: &["Olúwaseun", "Bámidélé", "Adébáyọ̀", "Túndé", "Ọlálékan", "Babátúndé", "Kẹ́hìndé", "Ayọ̀dèjì", "Fẹ́mi", "Ṣọlá"],
    family: &["Ọláòṣebìkan", "Adéyẹmí", "Ògúnlẹ́yè", "Akínwùmí", "Àjàyí", "Ọlátúnjí", "Bánkọ́lé", "Adébísí", "Ọ̀ṣúntókì", "Fáṣọlá", "Ògúndélé", "Adéwálé"],
    family_first: false,
    language: Lang::En,
};

const WEST_AFRICA: Culture = Culture {
    female: &["Amina", "Aïssatou", "Fatou", "Ngozi", "Chiamaka", "Awa", "Mariama", "Adjoa", "Zainab", "Bintou", "Halima", "Efua"],
    male: &["Moussa", "Ibrahima", "Mamadou", "Chidi", "Kofi", "Kwame", "Sékou", "Tijjani", "Abdoulaye", "Yaw", "Emeka", "Boubacar"],
    family: &["Diallo", "Traoré", "Ouédraogo", "Ndiaye", "Okafor", "Mensah", "Keïta", "Coulibaly", "Bello", "Abubakar", "Kaboré", "Asante", "Sesay", "Nwosu"],
    family_first: false,
    language: Lang::En,
};

const VIETNAMESE: Culture = Culture {
    female: &["Thị Hương", "Thu Trang", "Ngọc Ánh", "Minh Thư", "Lan Anh", "Thị Huyền", "Bảo Ngọc", "Phương Thảo"],
    male: &["Văn Hùng", "Đức Minh", "Quốc Bảo", "Thành Long", "Hữu Phước", "Quang Huy", "Tiến Dũng", "Công Vinh"],
    family: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"],
    family_first: true,
    language: Lang::En,
};

const POLISH: Culture = Culture {
    female: &["Małgorzata", "Agnieszka", "Katarzyna", "Żaneta", "Joanna", "Łucja", "Urszula", "Grażyna"],
    male: &["Paweł", "Grzegorz", "Michał", "Krzysztof", "Wojciech", "Łukasz", "Przemysław", "Mikołaj"],
    family: &["Nowak", "Wójcik", "Woźniak", "Mazur", "Krawczyk", "Zieliński", "Szymański", "Dąbrowski", "Grabowski", "Kaczmarek", "Błaszczyk", "Jabłoński"],
    family_first: false,
    language: Lang::En,
};

const TURKISH: Culture = Culture {
    female: &["Ayşe", "Gülşen", "Şule", "Öznur", "Çiğdem", "Elif", "Zeynep", "Gökçe"],
    male: &["Mehmet", "Mustafa", "İbrahim", "Oğuz", "Çağlar", "Ümit", "Barış", "Şükrü"],
    family: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Güneş"],
    family_first: false,
    language: Lang::En,
};

const NORDIC: Culture = Culture {
    female: &["Åsa", "Solveig", "Ingrid", "Sigríður", "Guðrún", "Märta", "Sørine", "Päivi"],
    male: &["Søren", "Bjørn", "Håkan", "Jörgen", "Þórður", "Ólafur", "Jyrki", "Ørjan"],
    family: &["Østergaard", "Sørensen", "Åberg", "Lindqvist", "Björklund", "Guðmundsdóttir", "Jónsson", "Halvorsen", "Nykänen", "Mäkinen", "Ødegård", "Þorsteinsson"],
    family_first: false,
    language: Lang::En,
};

const FRENCH: Culture = Culture {
    female: &["Hélène", "Anaïs", "Céline", "Maëlle", "Émilie", "Françoise", "Anne-Sophie", "Noémie", "Bérénice", "Clémence"],
    male: &["Jérôme", "François", "Benoît", "Cyrille", "Loïc", "Gaël", "Jean-Baptiste", "Théo", "Aurélien", "Hervé"],
    family: &["Lefèvre", "Dupré", "Béranger", "Le Gall", "Mercier", "Rousseau", "Chevalier", "Girard", "Lemaître", "Fournier", "N'Guessan", "Koné"],
    family_first: false,
    language: Lang::Fr,
};

const IBERIAN: Culture = Culture {
    female: &["María José", "Lucía", "Conceição", "Inês", "Ximena", "Begoña", "Graça", "Ángela", "Araceli", "Luísa"],
    male: &["José Luis", "Joaquín", "João", "Sebastián", "Íñigo", "Gonçalo", "Andrés", "Sérgio", "Ramón", "Estêvão"],
    family: &["García", "Fernández", "Núñez", "Gonçalves", "Muñoz", "Peña", "Magalhães", "Rodríguez", "Ibáñez", "Araújo", "Brandão", "Sánchez"],
    family_first: false,
    language: Lang::En,
};

const GERMANIC: Culture = Culture {
    female: &["Charlotte", "Siobhán", "Grace", "Anneliese", "Jennifer", "Zoë", "Käthe", "Saoirse", "Heather", "Friederike"],
    male: &["James", "Jürgen", "Oliver", "Seán", "Michael", "Matthias", "Dieter", "Niall", "Pieter", "Ruairí"],
    family: &["Smith", "Müller", "O'Connor", "Baumgartner", "Williams", "Schröder", "Brown", "van der Berg", "Taylor", "Weiß", "Ó Súilleabháin", "Jäger"],
    family_first: false,
    language: Lang::En,
};

const ARABIC: Culture = Culture {
    female: &["فاطمة", "عائشة", "مريم", "ليلى", "نور", "سلمى", "هدى", "رانيا"],
    male: &["محمد", "أحمد", "عمر", "يوسف", "خالد", "علي", "طارق", "سعيد"],
    family: &["العلي", "الحسن", "بن علي", "الشمري", "المنصوري", "الخطيب", "حداد", "النجار", "القاسمي", "الزهراني", "العمري", "الفارسي"],
    family_first: false,
    language: Lang::En,
};

const CYRILLIC: Culture = Culture {
    female: &["Анна", "Ольга", "Наталья", "Екатерина", "Ірина", "Марія", "Светлана", "Йорданка"],
    male: &["Сергей", "Дмитрий", "Александр", "Іван", "Никола", "Андрій", "Бахтияр", "Милош"],
    family: &["Иванов", "Смирнов", "Кузнецов", "Петренко", "Шевченко", "Попов", "Соколов", "Коваленко", "Петровић", "Николов", "Нурланов", "Јовановић"],
    family_first: false,
    language: Lang::En,
};

const GREEK: Culture = Culture {
    female: &["Μαρία", "Ελένη", "Αικατερίνη", "Σοφία", "Δήμητρα", "Αθηνά"],
    male: &["Γεώργιος", "Δημήτριος", "Νικόλαος", "Κωνσταντίνος", "Ιωάννης", "Σπυρίδων"],
    family: &["Παπαδόπουλος", "Παππάς", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννης", "Βασιλείου", "Αντωνίου", "Χριστοδούλου", "Ιωάννου"],
    family_first: false,
    language: Lang::En,
};

const CHINESE: Culture = Culture {
    female: &["秀英", "丽华", "敏", "静", "婷", "晓燕", "雪梅", "佳怡"],
    male: &["伟", "强", "磊", "军", "建国", "志明", "浩然", "子轩"],
    family: &["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马"],
    family_first: true,
    language: Lang::En,
};

const JAPANESE: Culture = Culture {
    female: &["陽子", "美咲", "さくら", "恵子", "由美", "花子"],
    male: &["翔太", "健一", "大輔", "誠", "拓也", "浩二"],
    family: &["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"],
    family_first: true,
    language: Lang::En,
};

const KOREAN: Culture = Culture {
    female: &["지영", "서연", "민지", "수진", "하은", "은비"],
    male: &["민준", "서준", "도윤", "현우", "지훈", "성민"],
    family: &["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
    family_first: true,
    language: Lang::En,
};

const DEVANAGARI: Culture = Culture {
    female: &["प्रिया", "अनीता", "सुनीता", "दीपिका", "लक्ष्मी", "कविता"],
    male: &["राजेश", "अमित", "सुरेश", "विजय", "अर्जुन", "रमेश"],
    family: &["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "जोशी", "श्रेष्ठ", "मिश्रा", "यादव", "थापा"],
    family_first: false,
    language: Lang::En,
};

const ETHIOPIC: Culture = Culture {
    female: &["ሰላም", "መሰረት", "ብርቱካን", "ትዕግስት", "ሄለን", "ማርታ"],
    male: &["አበበ", "ተስፋዬ", "ዳዊት", "ዮሐንስ", "ሙሉጌታ", "ሀብታሙ"],
    family: &["ተሰማ", "በቀለ", "ገብረመድህን", "ወልደማርያም", "ኃይሌ", "ደስታ", "ታደሰ", "አለሙ"],
    family_first: false,
    language: Lang::En,
};

const THAI: Culture = Culture {
    female: &["สมศรี", "มาลี", "ปราณี", "วิไล", "สุดา", "กาญจนา"],
    male: &["สมชาย", "ประยุทธ", "สุรชัย", "วิชัย", "อนันต์", "ธนากร"],
    family: &["สุขสวัสดิ์", "ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "ทองดี", "บุญมา", "จันทร์เพ็ญ", "รัตนพันธ์"],
    family_first: false,
    language: Lang::En,
};

const HEBREW: Culture = Culture {
    female: &["שרה", "רחל", "מיכל", "נועה", "תמר", "יעל"],
    male: &["דוד", "יוסף", "משה", "אברהם", "יונתן", "אריאל"],
    family: &["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "פרידמן", "שפירא", "אזולאי"],
    family_first: false,
    language: Lang::En,
};

/// Every tradition: the staff of international organisations are drawn from all of them.
pub(super) const ALL: [&Culture; 18] = [
    &YORUBA, &WEST_AFRICA, &VIETNAMESE, &POLISH, &TURKISH, &NORDIC, &FRENCH, &IBERIAN, &GERMANIC, &ARABIC, &CYRILLIC,
    &GREEK, &CHINESE, &JAPANESE, &KOREAN, &DEVANAGARI, &ETHIOPIC, &THAI,
];

/// The traditions of a country's delegates (ISO alpha-2), most countries one.
pub(super) fn of_country(alpha2: &str) -> &'static [&'static Culture] {
    match alpha2 {
        "NG" => &[&YORUBA, &WEST_AFRICA],
        "GH" | "LR" | "SL" | "GM" => &[&WEST_AFRICA],
        "VN" => &[&VIETNAMESE],
        "PL" | "CZ" | "SK" | "HR" | "SI" => &[&POLISH],
        "TR" | "AZ" => &[&TURKISH],
        "NO" | "SE" | "DK" | "IS" | "FI" => &[&NORDIC],
        "FR" | "BE" | "CH" | "LU" | "MC" | "SN" | "CI" | "ML" | "BF" | "NE" | "TG" | "GN" | "CM" | "GA" | "CG" | "CD"
        | "BI" | "RW" | "HT" | "MG" | "TD" | "CF" | "BJ" => &[&FRENCH, &WEST_AFRICA],
        "ES" | "MX" | "AR" | "CO" | "CL" | "PE" | "VE" | "EC" | "BO" | "PY" | "UY" | "CR" | "PA" | "GT" | "HN" | "SV"
        | "NI" | "CU" | "DO" | "PT" | "BR" | "AO" | "MZ" | "CV" | "GW" | "ST" => &[&IBERIAN],
        "AF" | "IR" | "PK" | "DZ" | "BH" | "EG" | "IQ" | "JO" | "KW" | "LB" | "LY" | "MA" | "OM" | "PS" | "QA" | "SA" | "SD" | "SY" | "TN"
        | "AE" | "YE" | "MR" | "KM" | "DJ" | "SO" => &[&ARABIC],
        "RU" | "UA" | "BY" | "BG" | "RS" | "MK" | "KZ" | "KG" | "TJ" | "MN" => &[&CYRILLIC],
        "GR" | "CY" => &[&GREEK],
        "CN" | "TW" | "SG" | "HK" | "MO" => &[&CHINESE],
        "JP" => &[&JAPANESE],
        "KR" | "KP" => &[&KOREAN],
        "IN" | "NP" => &[&DEVANAGARI],
        "ET" | "ER" => &[&ETHIOPIC],
        "TH" => &[&THAI],
        "IL" => &[&HEBREW],
        _ => &[&GERMANIC],
    }
}

/// Functions in both languages, the first ones those of a delegation's senior members.
/// By index: 0 a minister, 1 an ambassador heading the delegation, 2 a deputy minister,
/// 3 another ambassador, 4 the head of an organisation's delegation, the rest anyone.
pub(super) const FUNCTIONS: [(&str, &str); 19] = [
    ("Minister of Environment", "Ministre de l'environnement"),
    ("Ambassador, Permanent Representative", "Ambassadeur, représentant permanent"),
    ("Deputy Minister of Foreign Affairs", "Vice-ministre des affaires étrangères"),
    ("Ambassador for Climate Change", "Ambassadeur chargé du changement climatique"),
    ("Head of Delegation", "Chef de délégation"),
    ("Chief Negotiator", "Négociateur en chef"),
    ("Director of Climate Change", "Directeur du changement climatique"),
    ("Deputy Director", "Directeur adjoint"),
    ("Senior Adviser", "Conseiller principal"),
    ("Counsellor", "Conseiller"),
    ("First Secretary", "Premier secrétaire"),
    ("Second Secretary", "Deuxième secrétaire"),
    ("Legal Adviser", "Conseiller juridique"),
    ("Climate Finance Expert", "Expert en financement climatique"),
    ("Programme Officer", "Chargé de programme"),
    ("Head of Communications", "Responsable de la communication"),
    ("Youth Delegate", "Délégué de la jeunesse"),
    ("Technical Expert", "Expert technique"),
    ("Interpreter", "Interprète"),
];

/// Organisations that send delegations: `(name EN, name FR, acronym EN, acronym FR, category)`.
pub(super) const ORGANISATIONS: [(&str, &str, &str, &str, &str); 16] = [
    ("Secretariat of the United Nations Framework Convention on Climate Change", "Secrétariat de la Convention-cadre des Nations Unies sur les changements climatiques", "UNFCCC", "CCNUCC", "un_secretariat"),
    ("United Nations Development Programme", "Programme des Nations Unies pour le développement", "UNDP", "PNUD", "un_body"),
    ("United Nations Environment Programme", "Programme des Nations Unies pour l'environnement", "UNEP", "PNUE", "un_body"),
    ("World Meteorological Organization", "Organisation météorologique mondiale", "WMO", "OMM", "specialised_agency"),
    ("Food and Agriculture Organization of the United Nations", "Organisation des Nations Unies pour l'alimentation et l'agriculture", "FAO", "FAO", "specialised_agency"),
    ("World Health Organization", "Organisation mondiale de la santé", "WHO", "OMS", "specialised_agency"),
    ("International Organization for Migration", "Organisation internationale pour les migrations", "IOM", "OIM", "related_organisation"),
    ("International Atomic Energy Agency", "Agence internationale de l'énergie atomique", "IAEA", "AIEA", "related_organisation"),
    ("African Union", "Union africaine", "AU", "UA", "regional_organisation"),
    ("European Union", "Union européenne", "EU", "UE", "regional_organisation"),
    ("Economic Community of West African States", "Communauté économique des États de l'Afrique de l'Ouest", "ECOWAS", "CEDEAO", "regional_organisation"),
    ("Organisation for Economic Co-operation and Development", "Organisation de coopération et de développement économiques", "OECD", "OCDE", "intergovernmental_organisation"),
    ("International Energy Agency", "Agence internationale de l'énergie", "IEA", "AIE", "intergovernmental_organisation"),
    ("Climate Action Network International", "Réseau Action Climat International", "CAN", "RAC", "ngo"),
    ("World Wide Fund for Nature", "Fonds mondial pour la nature", "WWF", "WWF", "ngo"),
    ("International Federation of Red Cross and Red Crescent Societies", "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge", "IFRC", "FICR", "ngo"),
];
