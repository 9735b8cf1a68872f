// Default role templates (all families) and growth paths between them.
// The roles themselves live in taxonomy-roles-smm.ts, -community.ts and
// -feeders.ts; `roles` below is the full, concatenated list.
// Growth edges follow the source article (DOMAIN.md, points 5, 8, 9, 10).
import type { SeedGrowthEdge, SeedRole } from "./taxonomy-types";
import { adjacentRoles, smmRoles } from "./taxonomy-roles-smm";
import { communityRoles } from "./taxonomy-roles-community";
import { feederRoles } from "./taxonomy-roles-feeders";

export const roles: SeedRole[] = [...smmRoles, ...communityRoles, ...adjacentRoles, ...feederRoles];

const verticalEdges: SeedGrowthEdge[] = [
  {
    from: "community-manager-junior", to: "community-manager-middle", kind: "VERTICAL",
    rationaleEn: "Vertical growth starts here: a community manager who learns to work well with the audience, run events, create content and talk with experts becomes an independent community manager.",
    rationaleRu: "Здесь начинается вертикальный рост: комьюнити-менеджер, который научился грамотно взаимодействовать с аудиторией, устраивать ивенты, создавать контент и общаться с экспертами, становится самостоятельным специалистом.",
  },
  {
    from: "community-manager-middle", to: "community-manager-senior", kind: "VERTICAL",
    rationaleEn: "A good community manager who works well with the audience, runs events, creates content and constantly talks with experts and gurus takes on the community plan and more responsibility.",
    rationaleRu: "Хороший комьюнити-менеджер, который грамотно взаимодействует с аудиторией, устраивает ивенты, создаёт контент и постоянно общается с экспертами и гуру, берёт на себя план развития сообщества и больше ответственности.",
  },
  {
    from: "community-manager-senior", to: "community-lead", kind: "VERTICAL",
    rationaleEn: "The article names the next step of a good community manager's vertical growth: managing several community managers.",
    rationaleRu: "Следующей ступенью вертикального роста хорошего комьюнити-менеджера статья называет управление несколькими комьюнити-менеджерами.",
  },
  {
    from: "community-lead", to: "community-strategy-lead", kind: "VERTICAL",
    rationaleEn: "After managing community managers comes the strategy specialist who builds the overall plan for the whole company.",
    rationaleRu: "После управления комьюнити-менеджерами следует должность специалиста по выстраиванию стратегии и созданию общего плана для всей компании.",
  },
  {
    from: "smm-specialist-junior", to: "smm-specialist-middle", kind: "VERTICAL",
    rationaleEn: "Growth within SMM: from helping with posts and ads to running promotion in social networks on one's own, with targeting, blogger placements and results counted in click-throughs and sales.",
    rationaleRu: "Рост внутри SMM: от помощи с публикациями и рекламой к самостоятельному продвижению в соцсетях — таргетингу, посевам у блогеров и результатам в переходах и продажах.",
  },
  {
    from: "smm-specialist-middle", to: "smm-specialist-senior", kind: "VERTICAL",
    rationaleEn: "The next step in SMM is owning the strategy and budget of promotion in social networks, where the priorities are quantitative: click-throughs to the site and sales.",
    rationaleRu: "Следующий шаг в SMM — ответственность за стратегию и бюджет продвижения в соцсетях, где приоритетны количественные показатели: переходы на сайт и продажи.",
  },
];

const horizontalEdges: SeedGrowthEdge[] = [
  {
    from: "community-manager-middle", to: "smm-specialist-middle", kind: "HORIZONTAL",
    rationaleEn: "Community managers often become SMM specialists: the two share many working methods, so content, copywriting and analytics carry over, while targeting and blogger placements have to be learned.",
    rationaleRu: "Из комьюнити-менеджеров нередко становятся SMM-щиками: методы работы во многом совпадают, поэтому контент, тексты и аналитика переносятся, а таргетинг и посевы у блогеров придётся освоить.",
  },
  {
    from: "community-manager-middle", to: "producer", kind: "HORIZONTAL",
    rationaleEn: "Community managers often become producers: running events and working with experts and the audience are at the heart of a producer's job.",
    rationaleRu: "Из комьюнити-менеджеров нередко становятся продюсерами: организация ивентов, работа с экспертами и аудиторией — основа продюсерской работы.",
  },
  {
    from: "community-manager-middle", to: "journalist", kind: "HORIZONTAL",
    rationaleEn: "Community managers often become journalists: constant contact with experts and gurus and creating content are a journalist's everyday work.",
    rationaleRu: "Из комьюнити-менеджеров нередко становятся журналистами: постоянное общение с экспертами и гуру и создание контента — повседневная работа журналиста.",
  },
  {
    from: "community-manager-middle", to: "marketing-manager", kind: "HORIZONTAL",
    rationaleEn: "Community managers often become managers; a marketing and PR manager builds on their knowledge of the audience, communication channels and events.",
    rationaleRu: "Из комьюнити-менеджеров нередко становятся менеджерами; менеджеру по маркетингу и PR пригодятся знание аудитории, каналов коммуникации и опыт проведения мероприятий.",
  },
  {
    from: "smm-specialist-middle", to: "community-manager-middle", kind: "HORIZONTAL",
    rationaleEn: "The reverse bridge: SMM and community management share many working methods, so an SMM specialist brings content and analytics and has to learn one-to-one work with members, moderation and events.",
    rationaleRu: "Обратный переход: у SMM и комьюнити-менеджмента во многом совпадают методы работы, поэтому SMM-щик приносит навыки контента и аналитики, а осваивать ему предстоит индивидуальную работу с участниками, модерацию и мероприятия.",
  },
];

// Feeder professions -> junior community manager, with the skills each brings.
const feederBrings: Array<[slug: string, en: string, ru: string]> = [
  ["moderator",
    "A moderator brings online moderation, conflict resolution and a working knowledge of community rules and admin tools.",
    "Модератор приносит навыки онлайн-модерации и урегулирования конфликтов, знание правил сообщества и инструментов администрирования."],
  ["event-manager",
    "An event manager brings event organisation, offline meetups and work with speakers and venues, which is exactly what the article says companies hire a community manager for offline.",
    "Ивент-менеджер приносит опыт организации мероприятий, офлайн-встреч, работы со спикерами и площадками — именно для офлайна, по статье, компании и привлекают комьюнити-менеджера."],
  ["customer-support-specialist",
    "A support specialist brings the handling of requests and feedback, composure with negativity and personal communication with every customer.",
    "Специалист поддержки приносит навыки обработки обращений и обратной связи, спокойную работу с негативом и личное общение с каждым клиентом."],
  ["copywriter",
    "A copywriter brings content creation, copywriting, headlines and a feel for the brand's tone of voice.",
    "Копирайтер приносит навыки создания контента, копирайтинга, написания заголовков и соблюдения тона бренда."],
  ["pr-specialist",
    "A PR specialist brings media relations, a network of professional contacts, work with experts and crisis communications.",
    "PR-специалист приносит опыт работы со СМИ, профессиональные связи, взаимодействие с экспертами и антикризисные коммуникации."],
  ["teacher-trainer",
    "A teacher or trainer brings facilitation, public speaking, one-to-one work with each learner and the ability to keep a group motivated.",
    "Преподаватель или тренер приносит навыки фасилитации и публичных выступлений, индивидуальной работы с каждым учащимся и поддержания мотивации группы."],
  ["blogger",
    "A blogger brings content creation, audience engagement, live streams and experience in winning followers' trust.",
    "Блогер приносит навыки создания контента, вовлечения аудитории и проведения эфиров, а также опыт завоевания доверия подписчиков."],
  ["volunteer-coordinator",
    "A volunteer coordinator brings volunteer and ambassador programmes, onboarding and retaining people and organising them at events.",
    "Координатор волонтёров приносит опыт волонтёрских программ, адаптации и удержания людей и их организации на мероприятиях."],
];

const feederEdges: SeedGrowthEdge[] = feederBrings.map(([from, rationaleEn, rationaleRu]) => ({
  from, to: "community-manager-junior", kind: "HORIZONTAL", rationaleEn, rationaleRu,
}));

export const growthEdges: SeedGrowthEdge[] = [...verticalEdges, ...horizontalEdges, ...feederEdges];
