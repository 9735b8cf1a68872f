// Default skill taxonomy: groups, plus the "Communication and moderation" skills.
// The other groups live in taxonomy-skills-2.ts .. taxonomy-skills-4.ts;
// `skills` below is the full, concatenated list.
// Vocabulary follows ESCO (online community manager, online marketer) and the
// source article (see /work/shared/domain). Skill sourceUri stays null unless
// the exact ESCO concept URI was verified.
import type { SeedSkill, SeedSkillGroup } from "./taxonomy-types";
import { contentAnalyticsSkills } from "./taxonomy-skills-2";
import { advertisingEventsSkills } from "./taxonomy-skills-3";
import { strategyToolsSkills } from "./taxonomy-skills-4";

export const skillGroups: SeedSkillGroup[] = [
  { slug: "communication-moderation", labelEn: "Communication and moderation", labelRu: "Коммуникации и модерация", position: 1 },
  { slug: "content", labelEn: "Content", labelRu: "Контент", position: 2 },
  { slug: "analytics", labelEn: "Analytics", labelRu: "Аналитика", position: 3 },
  { slug: "advertising-targeting", labelEn: "Advertising and targeting", labelRu: "Реклама и таргетинг", position: 4 },
  { slug: "events-offline", labelEn: "Events and offline", labelRu: "Мероприятия и офлайн", position: 5 },
  { slug: "strategy-management", labelEn: "Strategy and management", labelRu: "Стратегия и управление", position: 6 },
  { slug: "tools", labelEn: "Tools", labelRu: "Инструменты", position: 7 },
];

export const communicationSkills: SeedSkill[] = [
  {
    slug: "online-moderation-techniques", group: "communication-moderation", type: "KNOWLEDGE", sourceUri: null,
    labelEn: "Online moderation techniques", labelRu: "Методы онлайн-модерации",
    descriptionEn: "Knowing the rules, tools and escalation practices that keep online discussions safe, on-topic and civil.",
    descriptionRu: "Знание правил, инструментов и порядка эскалации, которые помогают поддерживать онлайн-обсуждения безопасными, тематическими и корректными.",
    altLabelsEn: ["content moderation", "community moderation"], altLabelsRu: ["модерация контента", "модерация сообществ"],
  },
  {
    slug: "forum-moderation", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Forum and chat moderation", labelRu: "Модерация форумов и чатов",
    descriptionEn: "Moderating forums, comment threads and group chats every day: enforcing the rules, removing spam and calming disputes.",
    descriptionRu: "Ежедневная модерация форумов, комментариев и групповых чатов: соблюдение правил, удаление спама и снятие напряжённости в спорах.",
    altLabelsEn: ["carry out forum moderation", "comment moderation"], altLabelsRu: ["модерация чатов", "модерация комментариев"],
  },
  {
    slug: "build-trust", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Building trust", labelRu: "Выстраивание доверия",
    descriptionEn: "Earning and keeping the audience's trust through open, consistent and honest communication.",
    descriptionRu: "Завоевание и сохранение доверия аудитории благодаря открытой, последовательной и честной коммуникации.",
    altLabelsEn: ["build trust", "trust building"], altLabelsRu: ["формирование доверия", "лояльность аудитории"],
  },
  {
    slug: "feedback-management", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Feedback handling", labelRu: "Работа с обратной связью",
    descriptionEn: "Collecting comments, reposts, reviews and complaints, answering them and passing the insights on to the team.",
    descriptionRu: "Сбор комментариев, репостов, отзывов и жалоб, ответы на них и передача выводов команде.",
    altLabelsEn: ["manage feedback", "review management"], altLabelsRu: ["работа с отзывами", "фидбэк"],
  },
  {
    slug: "user-request-handling", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Handling user requests", labelRu: "Обработка обращений пользователей",
    descriptionEn: "Following up users' questions and requests online until each one gets a clear answer.",
    descriptionRu: "Отслеживание вопросов и обращений пользователей в сети, пока каждый не получит понятный ответ.",
    altLabelsEn: ["follow up online user requests", "responding to direct messages"], altLabelsRu: ["ответы в личных сообщениях", "обработка входящих сообщений"],
  },
  {
    slug: "one-to-one-engagement", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "One-to-one work with members", labelRu: "Индивидуальная работа с участниками",
    descriptionEn: "Talking to members one by one and personally drawing each of them into the life of the community.",
    descriptionRu: "Личное общение с каждым участником и вовлечение его в жизнь сообщества.",
    altLabelsEn: ["member relations", "personal outreach"], altLabelsRu: ["работа с участниками сообщества", "личные коммуникации"],
  },
  {
    slug: "member-onboarding", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Onboarding new members", labelRu: "Адаптация новых участников",
    descriptionEn: "Welcoming newcomers, explaining the rules and helping them make their first contribution.",
    descriptionRu: "Приветствие новичков, знакомство с правилами и помощь с первым вкладом в сообщество.",
    altLabelsEn: ["member onboarding", "welcome flow"], altLabelsRu: ["онбординг участников", "приветствие новичков"],
  },
  {
    slug: "communication-channels", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Using different communication channels", labelRu: "Работа с разными каналами коммуникации",
    descriptionEn: "Choosing and combining social networks, messengers, email, the website and offline channels for each message and audience.",
    descriptionRu: "Выбор и сочетание соцсетей, мессенджеров, email-рассылок, сайта и офлайн-каналов под каждое сообщение и аудиторию.",
    altLabelsEn: ["use different communication channels", "omnichannel communication"], altLabelsRu: ["омниканальные коммуникации", "многоканальные коммуникации"],
  },
  {
    slug: "digital-communication", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Digital communication and collaboration", labelRu: "Цифровая коммуникация и совместная работа",
    descriptionEn: "Communicating and working together with the audience and colleagues through digital tools.",
    descriptionRu: "Общение и совместная работа с аудиторией и коллегами с помощью цифровых инструментов.",
    altLabelsEn: ["online collaboration"], altLabelsRu: ["онлайн-коммуникации", "удалённая совместная работа"],
  },
  {
    slug: "conflict-resolution", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Conflict resolution", labelRu: "Урегулирование конфликтов",
    descriptionEn: "Cooling down heated discussions and settling disputes between members or between members and the brand.",
    descriptionRu: "Снижение градуса острых дискуссий и урегулирование споров между участниками или между участниками и брендом.",
    altLabelsEn: ["de-escalation", "handling negativity"], altLabelsRu: ["работа с негативом", "разрешение конфликтов"],
  },
  {
    slug: "professional-networking", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Professional networking", labelRu: "Развитие профессиональных связей",
    descriptionEn: "Building and maintaining a network of contacts among peers, partners and people in the industry.",
    descriptionRu: "Создание и поддержание сети контактов среди коллег, партнёров и представителей отрасли.",
    altLabelsEn: ["develop professional network", "networking"], altLabelsRu: ["нетворкинг", "деловые связи"],
  },
  {
    slug: "working-with-experts", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Working with experts and opinion leaders", labelRu: "Работа с экспертами и лидерами мнений",
    descriptionEn: "Finding experts and gurus in the field, keeping in regular contact with them and involving them in content and events.",
    descriptionRu: "Поиск экспертов и гуру в своей сфере, постоянное общение с ними и привлечение их к контенту и мероприятиям.",
    altLabelsEn: ["expert relations", "thought leaders"], altLabelsRu: ["привлечение экспертов", "работа с ЛОМами"],
  },
  {
    slug: "inclusive-communication", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Inclusive communication", labelRu: "Инклюзивная коммуникация",
    descriptionEn: "Preparing messages and materials that are accessible and respectful to people of different backgrounds and abilities.",
    descriptionRu: "Подготовка сообщений и материалов, доступных и уважительных к людям с разным опытом и возможностями.",
    altLabelsEn: ["develop inclusive communication material", "accessible communication"], altLabelsRu: ["доступная коммуникация"],
  },
  {
    slug: "community-engagement", group: "communication-moderation", type: "SKILL", sourceUri: null,
    labelEn: "Audience engagement", labelRu: "Вовлечение аудитории",
    descriptionEn: "Prompting comments, discussions and member activity with formats, questions, polls and challenges.",
    descriptionRu: "Стимулирование комментариев, обсуждений и активности участников с помощью форматов, вопросов, опросов и челленджей.",
    altLabelsEn: ["engagement", "community engagement"], altLabelsRu: ["вовлечённость", "повышение активности"],
  },
];

export const skills: SeedSkill[] = [
  ...communicationSkills,
  ...contentAnalyticsSkills,
  ...advertisingEventsSkills,
  ...strategyToolsSkills,
];
