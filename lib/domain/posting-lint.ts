// Finds what Russian law forbids a vacancy to ask for (and hh.ru rejects): a
// candidate's sex, age, family status, appearance, nationality or religion.
// Pure, so the posting wizard (as the author types) and the server (before it
// publishes) run the same rules on every text field.
//
// It flags requirements on the candidate, not words. These pass on purpose:
// - numbers that are not ages: "от 3 лет опыта", "до 30 постов", "under 30 seconds";
//   ages are 14–70, and a bare "30 лет" or "aged" needs a limit or a range;
// - an audience ("ЦА — женщины 25–45 лет", "our followers are in their 20s"):
//   an age or sex is skipped when, in its sentence, an audience, a product or
//   content is named after the last hiring word ("ищем", "candidate") before it;
// - the company ("молодая команда", "a young team", "a digital-native brand");
// - the minimum working age alone ("от 18 лет", "18+"), which the law allows;
// - career stage ("recent graduates", "студенты последних курсов"), dress code
//   ("опрятный внешний вид", "presentable"), citizenship or the right to work
//   ("гражданство РФ", "work permit"), language ("носитель русского языка",
//   "native Russian speaker"): legitimate or a grey zone left to the moderator;
// - a ground named to say it does not count ("независимо от национальности",
//   "we do not discriminate on … marital status") or in a moderation rule
//   ("оскорбления по признаку вероисповедания").
// Backtracking stays linear: lookbehinds allow at most a few spaces, and no
// repeated group can split the same text two ways. The unit test lints 100 KB
// postings (and 100 KB of spaces) in a fraction of a second.

export const LINT_CATEGORIES = ["sex", "age", "family", "appearance", "nationality", "religion"] as const;
export type LintCategory = (typeof LINT_CATEGORIES)[number];
/** One offending phrase: `text.slice(start, end) === match`. */
export type LintFinding = { category: LintCategory; match: string; start: number; end: number };

type Rule = {
  category: LintCategory;
  source: string;
  /** Skip when the nearest subject before it in the sentence is an audience. */
  audience?: true;
  /** It names the ground itself: skip in a sentence that says the ground does not count. */
  topic?: true;
};

const r = String.raw;
const W0 = r`(?<![\p{L}\p{N}])`; // a word starts here (JS \b knows only ASCII)
const END = r`\p{L}*`; // the rest of a word, whatever its ending
const ADJ_RU = r`(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)`;
const ADJ_CHAIN_RU = r`(?:(?:\s*,\s*|\s+)(?:и\s+)?\p{L}+${ADJ_RU}){0,2}`; // "молодого и амбициозного"
const ADJ_CHAIN_EN = r`(?:(?:\s*,\s*|\s+and\s+)[\p{L}-]+){0,2}(?:\s+[\p{L}-]+)?`; // "young and energetic SMM"
const DASH = r`\s*[-‐‑‒–—]\s*`;
const SEP = r`(?:\s*[:—–]\s*|\s*[-‐‑‒]\s+|\s+[-‐‑‒]\s*)`; // "Пол: ж", "Gender - f", not "faith-based"
const LIST_START = r`(?<=[,:;•·(\n*][ \t]{0,3})`; // an item of a list: "Требования: …, single, …"
const LIST_END = r`(?=[ \t]*(?:[,.;:!?)\n]|$))`;
const NUM = r`(?<!\d)(?:1[4-9]|[2-6]\d|70)(?!\d)(?:-?(?:ти|и|ми|х))?`; // an age, "35-ти"
const RANGE = r`${NUM}(?:${DASH}${NUM}|\s+(?:до|to|and)\s+${NUM})?`;
const YEARS_RU = r`(?:лет|года?)`;
const BOUND_RU = r`(?:от|до|не\s+старше|не\s+более|не\s+моложе|не\s+младше|старше|моложе|младше)`;
const NOT_AGE_RU = r`(?!\s?\d|[.,]\d|\s*(?:%|дн|день|недел|месяц|час|минут|секунд|сут|тыс|руб|₽|пост|публикац|подписчик|человек))`;
const NOT_AGE_EN = r`(?!\s?\d|[.,]\d|\s*(?:%|k(?!\p{L})|s(?!\p{L})|(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?(?!\s+old)|posts?|words?|characters?|chars|followers?|subscribers?|countries|markets|languages|brands|clients|projects|accounts|channels|videos|stories|reels)(?!\p{L})))`;
const YEARS_OLD_EN = r`(?:years?\s+(?:old|of\s+age)|y\.?\s?o\.?)`;

const PERSON_RU = r`${W0}(?:[\p{L}\d]+-)?(?:специалист|сотрудни|кандидат|соискател|претендент|девуш|девочк|женщин|мужчин|парн|парен|юнош|человек|люд|менеджер|маркетолог|копирайтер|ассистент|помощни|профессионал|таргетолог|модератор|администратор|ведущ)`;
const SEX_RU = r`(?:девуш|девочк|женщин|мужчин|парн|парен|юнош|сотрудниц|ассистентк|помощниц|секретарш)${END}`;
const SEX_EN = r`(?:wom[ae]n|females?|m[ae]n|males?|girls?|lad(?:y|ies)|guys?|gentlem[ae]n|boys?)`;
const PERSON_EN = r`(?:candidates?|applicants?|someone|somebody|persons?|people|individuals?|specialists?|professionals?|employees?|marketers?|managers?|assistants?|hires?|hosts?|presenters?|${SEX_EN})`;
const HIRING_CUE_RU = r`(?:только|исключительно|ищем|ищу|ищет|требуется|требуются|нужна|нужен|нужны|приглашаем|приглашается|рассматриваем|рассмотрим|возьмем|примем|желательно|предпочтительно|преимущественно|лучше|предпочтение(?:\s{1,3}отдается)?|требования\s{0,3}:|кандидат\s{0,3}:)`;
const ETHNIC_RU = r`(?:русск|славянск|европейск|азиатск|кавказск|восточн|татарск|украинск|белорусск|казахск|армянск|грузинск|еврейск|узбекск|таджикск|киргизск|чеченск|башкирск|якутск|бурятск|корейск|китайск|цыганск|африканск)`;
const ETHNIC_EN = r`(?:russian|slavic|european|asian|african|caucasian|white|black|ukrainian|belarusian|kazakh|tatar|armenian|georgian|jewish|arab|anglo[\s-]?saxon)`;
const FAITH_EN = r`(?:christians?|muslims?|catholics?|jews|jewish|hindus?|buddhists?|orthodox|mormons?|protestants?|evangelicals?|sikhs?|believers?|religious|atheists?)`;

const RULES: Rule[] = [
  // Age, Russian.
  { category: "age", audience: true, source: r`(?:в\s+)?возраст${END}(?:\s+(?:кандидат|соискател|сотрудник)${END})?[\s:—–-]*(?:${BOUND_RU}\s+)?${RANGE}(?:\s*\+)?(?:\s+${YEARS_RU})?` },
  { category: "age", audience: true, source: r`(?<!(?:опыт|стаж)${END}(?:\s{1,3}работы)?\s{1,3})(?:${BOUND_RU}\s+${RANGE}|${NUM}${DASH}${NUM})\s+${YEARS_RU}(?!\s+(?:опыт|стаж|работы|на\s+рынке|в\s+профессии))` },
  { category: "age", audience: true, source: r`(?:не\s+старше|не\s+моложе|не\s+младше|моложе|младше)\s+${NUM}${NOT_AGE_RU}` },
  { category: "age", audience: true, source: r`(?=[одс\d])(?<=${PERSON_RU}${END}[\s,—–-]{1,4})(?:(?:от|до|старше)\s+${RANGE}|${NUM}${DASH}${NUM})(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:лет|года?|и|с|со|без)(?!\p{L}))` },
  { category: "age", audience: true, source: r`(?<!(?:для|среди)\s)молод(?:еньк)?${ADJ_RU}(?=${ADJ_CHAIN_RU}[\s,]+${PERSON_RU})` },
  { category: "age", audience: true, source: r`(?:пред)?пенсионн${END}\s+возраст${END}` },
  // Age, English.
  { category: "age", audience: true, source: r`(?:(?:max|min)(?:imum)?\s+)?(?:aged?|ages)(?:\s+(?:limit|range|requirement|of))?\s*[:—–-]?\s*(?:(?:between|from|under|below|over|up\s+to|no\s+more\s+than)\s+)?${RANGE}(?:\s*\+)?(?:\s*(?:${YEARS_OLD_EN}|years?))?` },
  { category: "age", audience: true, source: r`(?:no\s+older\s+than|not\s+older\s+than|younger\s+than|older\s+than|not\s+over)\s+${NUM}${NOT_AGE_EN}` },
  { category: "age", audience: true, source: r`(?:under|below|over|above)\s+(?:the\s+age\s+of\s+${NUM}|${NUM}\s*${YEARS_OLD_EN})` },
  { category: "age", audience: true, source: r`(?:(?:must|should)\s+be\s+|(?=[uboa])(?<=${W0}${PERSON_EN}\s{1,3}))(?:under|below|over|above)\s+${NUM}${NOT_AGE_EN}` },
  { category: "age", audience: true, source: r`${NUM}\s*(?:(?:[-‐‑‒–—]|to|and)\s*${NUM}|\+)\s*${YEARS_OLD_EN}` },
  { category: "age", audience: true, source: r`in\s+(?:their|your|his|her)\s+(?:(?:early|mid|late)[\s-]+)?(?:[2-5]0['’]?s|twenties|thirties|forties)|(?:twenty|thirty|forty|[2-5]0)[\s-]somethings?` },
  { category: "age", audience: true, source: r`(?<!(?:for|among|with)\s)young(?:er)?(?=${ADJ_CHAIN_EN}\s+${PERSON_EN}(?!\p{L}))` },
  { category: "age", audience: true, source: r`digital[\s-]natives?(?![\s-]+(?:brands?|compan|business|startups?|products?|agenc|platforms?|media|retail))` },
  { category: "age", source: r`(?:gen(?:eration)?[\s-]?z|millennials?|zoomers?|boomers?)(?=\s+(?:only|candidates?|applicants?|hires?|employees?|specialists?)(?!\p{L}))` },

  // Sex.
  { category: "sex", audience: true, source: r`(?=девуш|девочк|женщин|мужчин|парн|парен|юнош|сотрудниц|ассистентк|помощниц|секретарш)(?<=${W0}(?<!не\s{1,3})${HIRING_CUE_RU}\s{1,3}(?:[\p{L}-]+\s{1,3}){0,3})(?<!${W0}(?:и|или|как)\s{1,3}|не\s{1,3}только\s{1,3})${SEX_RU}(?!\s*,?\s*(?:и|или)\s+${SEX_RU})` },
  { category: "sex", source: r`(?<!так\s{1,3}и\s{1,3})(?:мужск|женск)(?:ого|ой)\s+пола` },
  { category: "sex", source: r`пол${SEP}(?:мужск|женск|муж|жен|м|ж)${END}` },
  { category: "sex", audience: true, source: r`${SEX_RU}(?=[\s,—–-]+(?:(?:от|до|не\s+старше|старше|моложе|в\s+возрасте)\s+${NUM}|${NUM}${DASH}${NUM}))` },
  { category: "sex", source: r`(?<=\(\s{0,3})(?:${SEX_RU}|female|male|woman|man|girl|lady|guy)(?=\s*\))` },
  { category: "sex", source: r`(?<!not\s)(?:only|exclusively|preferably|ideally|must\s+be|should\s+be|(?:candidate|applicant)\s+(?:is|will\s+be))(?:\s+an?)?\s+${SEX_EN}(?![\p{L}'’-])` },
  { category: "sex", audience: true, source: r`(?<!for\s{1,3}(?:the\s{1,3})?)${SEX_EN}\s+(?:only|preferred|wanted|needed)(?!\s+(?:communit(?:y|ies)|clubs?|groups?|chats?|events?|spaces?)(?!\p{L}))` },
  { category: "sex", source: r`(?:role|position|job|vacancy|opening)\s+is\s+(?:open\s+)?(?:only\s+)?(?:to|for)\s+(?:women|men|females|males)(?:\s+only)?` },
  { category: "sex", source: r`(?<!(?:male|female|m[ae]n|wom[ae]n)\s{0,3}(?:and|or|&|\/)\s{0,3})(?:male|female)\s+(?:candidates?|applicants?|specialists?|employees?|staff|managers?|assistants?|persons?|workers?|hires?|marketers?|moderators?)` },
  { category: "sex", source: r`(?:gender|sex)${SEP}(?:male|female|man|woman|m|f)(?!\p{L})` },
  { category: "sex", audience: true, source: r`(?=girl|wom|lad|guy|man|gent|boy)(?<=${W0}(?:looking\s{1,3}for|seeking|hiring|need)\s{1,3}(?:an?\s{1,3})?(?:[\p{L}-]+\s{1,3}){0,2})(?:girl|woman|lady|guy|man|gentleman|boy)s?` },
  { category: "sex", audience: true, source: r`${SEX_EN}(?=,?\s+(?:aged|under|below|over)\s+${NUM}|,?\s+${NUM}${DASH}${NUM})` },

  // Family status.
  { category: "family", audience: true, source: r`(?<!(?:для|с)\s)без\s+(?:(?:маленьк|малолетн|несовершеннолетн)${END}\s+)?(?:детей|ребенка)` },
  { category: "family", source: r`(?:отсутстви${END}|не\s+имеющ${END})\s+(?:(?:маленьк|малолетн)${END}\s+)?(?:детей|ребенка)` },
  { category: "family", topic: true, source: r`наличи${END}\s+(?:(?:маленьк|малолетн)${END}\s+)?(?:детей|ребенка)` },
  { category: "family", audience: true, source: r`бездетн${END}` },
  { category: "family", topic: true, source: r`(?:не\s*)?(?:замужн${END}|замужем|женат${END})|холост(?:ой|ая|ые|ых|як${END})` },
  { category: "family", topic: true, source: r`семейн${END}\s+(?:положени|статус)${END}` },
  { category: "family", source: r`(?:без|свободн${END}\s+от)\s+семейн${END}\s+(?:обязательств|обременени|забот|уз)${END}` },
  { category: "family", source: r`(?:не\s+)?планиру${END}\s+(?:(?:в\s+)?ближайш${END}\s+(?:\p{L}+\s+)?)?(?:декрет|беременн|детей|ребенка|уход${END}\s+в\s+декрет)${END}` },
  { category: "family", source: r`без\s+планов\s+на\s+(?:декрет|детей|ребенка|беременност)${END}` },
  { category: "family", audience: true, source: r`(?<!(?:для|среди)\s)беременн${END}` },
  { category: "family", audience: true, source: r`(?:no|without)\s+(?:(?:young|small)\s+)?(?:children|kids)(?!['’]|\s+(?:under|below|allowed|at|in)(?!\p{L}))` },
  { category: "family", source: r`childless|(?:not|un)[\s-]?married(?!\s+to\s)|must\s+be\s+married|married\s+(?:candidates?|applicants?|only)` },
  { category: "family", topic: true, source: r`(?:marital|family|relationship)\s+status` },
  { category: "family", source: r`(?:(?:(?:must|should)\s+be|preferably|ideally|only)\s+|${LIST_START}(?=(?:un)?married|single))(?:(?:un)?married|single)(?=[ \t]*(?:[,.;:!?)\n]|$)|\s+(?:and|only)\s)|single\s+(?:candidates?|applicants?)` },
  { category: "family", source: r`(?:no|without|free\s+(?:of|from))\s+family\s+(?:commitments|obligations|ties|responsibilities)` },
  { category: "family", source: r`(?:not\s+planning|no\s+plans?)\s+(?:to\s+(?:have|start)|for|on)\s+(?:(?:a|any)\s+)?(?:children|kids|baby|babies|family|pregnancy|maternity)` },
  { category: "family", audience: true, topic: true, source: r`(?<!(?:for|among)\s)pregnan(?:t|cy)` },

  // Appearance. "Внешний вид" and "presentable" are dress code and pass; "внешность" with any qualifier does not.
  { category: "appearance", source: r`(?!(?:люб|разн|друг)${END}\s)\p{L}+${ADJ_RU}\s+внешност${END}` },
  { category: "appearance", source: r`внешн${END}\s+данн${END}|внешне\s+(?:привлекательн|симпатичн|красив)${END}` },
  { category: "appearance", source: r`(?:привлекательн|симпатичн|красив|стройн|ухоженн|фотогеничн|эффектн|миловидн|длинноног)${ADJ_RU}(?=${ADJ_CHAIN_RU}[\s,]+${PERSON_RU})` },
  { category: "appearance", source: r`рост\p{L}{0,2}\s*[:—–-]?\s*(?:(?:от|не\s+ниже|не\s+менее|выше|не\s+выше|до|более)\s+)?(?:1[4-9]\d|20\d)(?:\s*см|\s*\+|(?!\s*[%\p{L}\d]|[.,]\d))` },
  { category: "appearance", source: r`размер${END}\s+одежд${END}|модельн${END}\s+(?:параметр|данн|рост|фигур)${END}|без\s+(?:видим${END}\s+)?(?:татуировок|тату|пирсинга)` },
  { category: "appearance", source: r`(?:attractive|pleasant|good|nice|pretty|beautiful|handsome|model|slavic|european|asian|caucasian)\s+(?:appearance|looks)|model[\s-]like|(?:slim|slender|good|nice|perfect)\s+figure` },
  { category: "appearance", source: r`(?:attractive|pretty|beautiful|handsome|slim|slender|good[\s-]?looking|well[\s-]groomed|photogenic|sexy)(?=${ADJ_CHAIN_EN}\s+${PERSON_EN}(?!\p{L}))` },
  { category: "appearance", source: r`${LIST_START}(?:slim|slender|handsome|well[\s-]groomed|photogenic)${LIST_END}|(?:you(?:['’]re|\s+are)|must\s+be|should\s+be)\s+(?:attractive|good[\s-]?looking|pretty|beautiful|handsome|slim|slender|photogenic)` },
  { category: "appearance", source: r`height(?:${SEP}|\s*)(?:(?:of|at\s+least|from|min(?:imum)?|over|above)\s+)?(?:1[4-9]\d|20\d)\s*cm|(?:1[4-9]\d|20\d)\s*cm\s+(?:or\s+(?:more\s+)?)?(?:tall|taller)` },
  { category: "appearance", source: r`(?:no|without)\s+(?:visible\s+)?(?:tattoos|piercings)|(?:dress|clothing)\s+size` },

  // Nationality, race, ethnicity. Citizenship and the right to work pass.
  { category: "nationality", topic: true, source: r`(?<!(?:люб|разн|всех|друг)${END}\s)(?:${ETHNIC_RU}${ADJ_RU}\s+)?(?:по\s+)?национальност${END}(?:${SEP}(?!(?:любая|любой|не\s|неваж))\p{L}+)?` },
  { category: "nationality", source: r`${ETHNIC_RU}${ADJ_RU}\s+(?:по\s+)?(?:происхождени|крови)${END}` },
  { category: "nationality", topic: true, source: r`(?:этническ|расов|национальн)${END}\s+(?:происхождени|принадлежност|признак)${END}|цвет${END}\s+кожи` },
  { category: "nationality", audience: true, source: r`(?<!(?:для|среди)\s)славян(?:ин(?:а|у|ом)?|к(?:а|и|у|ой|ам|ами)|е|ам|ами|ах)?` },
  { category: "nationality", source: r`только\s+(?:русск|славян|европейц|кавказц|азиат)${END}(?=${LIST_END}|\s+${PERSON_RU})` },
  { category: "nationality", source: r`${ETHNIC_EN}\s+(?:nationality|descent|ethnicity|blood)|of\s+(?:slavic|caucasian|white|black|european)\s+(?:origin|descent|ethnicity|heritage)|(?:nationality|ethnicity|race)${SEP}(?!any)\p{L}+` },
  { category: "nationality", source: r`(?:native|ethnic)\s+(?:russians|slavs|europeans|englishmen|brits|americans|ukrainians|kazakhs|tatars)|ethnic(?:ally)?\s+(?:russian|slavic|european|caucasian|white|ukrainian|kazakh|tatar)s?` },
  { category: "nationality", source: r`(?:slavs|europeans|russians|caucasians|whites|asians|blacks)\s+only|only\s+(?:slavs|russians|europeans|whites|caucasians|asians|blacks)` },
  { category: "nationality", audience: true, source: r`(?<!(?:for|among)\s)(?:slavic|caucasian|white|black)\s+(?:candidates?|applicants?|persons?|people|m[ae]n|wom[ae]n|girls?|guys?)` },

  // Religion. A religious client ("православное издательство", "a Christian publisher") passes.
  { category: "religion", audience: true, source: r`(?<!(?:для|среди)\s)(?:христиан|мусульман)(?:ин(?:а|у|ом)?|к(?:а|и|у|ой|ам|ами)|е|ам|ами)?|(?:иуде(?:й|и|ев|ям)|буддист${END}|атеист(?:ы|ов|ка|ки)?|католи(?:к|ки|ков|чка|чки)|протестант(?:ы|ов|ка|ки)?|кришнаит${END})` },
  { category: "religion", source: r`(?<!(?:для|среди)\s)(?:православн|мусульманск|христианск|католическ|иудейск|буддийск|верующ|воцерковленн)${ADJ_RU}(?=${LIST_END}|${ADJ_CHAIN_RU}[\s,]+${PERSON_RU})` },
  { category: "religion", topic: true, source: r`вероисповедани${END}|религиозн${END}\s+(?:взгляд|убеждени|принадлежност)${END}` },
  { category: "religion", audience: true, source: r`(?<!(?:for|among|with)\s)${FAITH_EN}\s+(?:only|candidates?|applicants?|persons?|people|m[ae]n|wom[ae]n|girls?|guys?|individuals?|employees?|preferred|specialists?|marketers?|managers?)(?!\p{L})` },
  { category: "religion", source: r`(?:must|should)\s+be\s+(?:an?\s+)?(?:(?:practi[cs]ing|devout|observant|born[\s-]again)\s+)?(?:christian|muslim|catholic|jew|jewish|hindu|buddhist|orthodox|mormon|protestant|believer|religious|churchgoer)|(?:practi[cs]ing|devout|observant|born[\s-]again|church[\s-]?going)\s+${FAITH_EN}` },
  { category: "religion", topic: true, source: r`religious\s+(?:affiliation|beliefs?|views)|(?:religion|faith)${SEP}\p{L}+` },
];

const COMPILED = RULES.map((rule) => ({ ...rule, re: new RegExp(`${W0}(?:${rule.source})(?![\\p{L}\\p{N}])`, "giu") }));

// Who a sentence is about. An audience word that opens a job title ("контент-менеджер",
// "community manager", "customer success lead") names the job, not an audience.
const ROLE = r`[\s‐-]*(?:менеджер|специалист|маркетолог|копирайтер|ассистент|модератор|таргетолог|директор|лид|стратег|аналитик|дизайнер|редактор|мейкер|продюсер|manager|specialist|marketer|lead|strateg|analyst|designer|editor|writer|copywriter|producer|creator|moderator|coordinator|assistant|owner|support|success|experience|service|care|relations|engagement|operations|growth|marketing)`;
const AUDIENCE = new RegExp(
  r`${W0}(?:(?:аудитори|ца(?!\p{L})|целев|подписчик|пользовател|клиент|покупател|читател|зрител|слушател|фолловер|сообществ|комьюнити|участник|гост|посетител|потребител|сегмент|геймер|игрок|бренд|продукт|товар|контент)\p{L}*|(?:audience|follower|subscriber|user|customer|client|reader|viewer|listener|member|demographic|segment|consumer|shopper|player|gamer|guest|visitor|attendee|target|fan|buyer|brand|product|content|student)s?|communit(?:y|ies))(?!\p{L})(?!${ROLE})`,
  "giu",
);
const HIRING = new RegExp(
  r`${W0}(?:кандидат|соискател|претендент|ищем|ищу|ищет|требуе|нужен|нужна|нужны|приглаша|ваканси|рассматрива|рассмотрим|возьмем|примем|требовани|candidate|applicant|hire|hiring|looking\s+for|seeking|we\s+need|you\s+are|you['’]re|someone|requirement)`,
  "giu",
);
const INCLUSIVE = new RegExp(
  r`${W0}(?:(?:независимо|вне\s+зависимости|не\s+имеет\s+значени|значени${END}\s+не\s+имеет|не\s+важн|неважн|не\s+смотрим|не\s+учитыва|дискриминац|не\s+дискриминир|признак|оскорбл|ненавист|разжига|regardless|irrespective|without\s+regard|no\s+matter|discriminat|equal\s+opportunit|harass|insult|doesn['’]?t\s+matter|does\s+not\s+matter|not\s+important)|(?:hate|slurs?)(?!\p{L})|(?:любо(?:й|го|е|м)|люб(?:ая|ую)|любых|any)\s+(?:\p{L}+\s+)?(?:пол|возраст|национальн|вероисповедани|семейн|религи|gender|sex|age|nationalit|religio|marital|ethnic|background))`,
  "iu",
);
const UPPER_BOUND = /(?<!\p{L})(?:до|не\s+старше|не\s+более|under|below|younger|no\s+older|not\s+older|not\s+over|max|up\s+to)(?!\p{L})|(?<!не\s)(?:моложе|младше)/iu;
const SENTENCE_END = /[.!?\n]/;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 200 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !SENTENCE_END.test(text[to]!)) to++;
  return [from, to];
}

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

/** "Наша ЦА — женщины 25–45 лет": an audience is named after the last hiring word before the match. */
function aboutAudience(text: string, start: number): boolean {
  const [from] = sentenceBounds(text, start, start);
  const before = text.slice(Math.max(from, start - 100), start);
  return lastIndexOf(AUDIENCE, before) > lastIndexOf(HIRING, before);
}

/** "от 18 лет", "over 18": the minimum working age alone, which the law allows. */
function adultMinimumOnly(match: string): boolean {
  const numbers = match.match(/\d+/g) ?? [];
  return numbers.length === 1 && Number(numbers[0]) <= 18 && !UPPER_BOUND.test(match);
}

/**
 * The requirements on a candidate's sex, age, family status, appearance,
 * nationality or religion in a text, in order of position, none overlapping.
 * Case and ё/е do not matter; an empty list means the text may be published.
 */
export function lintPostingText(text: string): LintFinding[] {
  const normalized = text.replace(/ё/g, "е").replace(/Ё/g, "Е"); // same length, so positions hold
  const found: LintFinding[] = [];
  for (const rule of COMPILED) {
    for (const m of normalized.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.category === "age" && adultMinimumOnly(m[0])) continue;
      if (rule.audience && aboutAudience(normalized, start)) continue;
      if (rule.topic && INCLUSIVE.test(normalized.slice(...sentenceBounds(normalized, start, end)))) continue;
      found.push({ category: rule.category, match: text.slice(start, end), start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LintFinding[] = [];
  for (const f of found) if (kept.length === 0 || f.start >= kept[kept.length - 1]!.end) kept.push(f);
  return kept;
}

/**
 * Findings in every text field of a posting, each with its field's name (a list
 * field's items as "screeningQuestions.0"), so the wizard can show them in place
 * and the server can refuse to publish while any remain.
 */
export function lintPostingFields(
  fields: Record<string, string | readonly string[] | null | undefined>,
): Array<LintFinding & { field: string }> {
  return Object.entries(fields).flatMap(([name, value]) => {
    const items: Array<[string, string]> =
      typeof value === "string" ? [[name, value]] : (value ?? []).map((item, i) => [`${name}.${i}`, item]);
    return items.flatMap(([field, text]) => lintPostingText(text).map((finding) => ({ ...finding, field })));
  });
}
