// Shared pieces of the default role templates: ESCO occupation URIs
// (REFERENCE-DATA.md), the per-family KPIs and channels (DOMAIN.md, point 6),
// and two helpers that build requirements.
import type { SeedRequirement } from "./taxonomy-types";

const ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";
export const ESCO = {
  onlineCommunityManager: `${ESCO_OCCUPATION}137b1d11-c4bc-4016-89ba-45345d4c71f0`,
  onlineMarketer: `${ESCO_OCCUPATION}356227b9-2263-4dbd-81e9-7dfc6d3f3af7`,
  journalist: `${ESCO_OCCUPATION}a47f82d3-4cf7-4abf-bb36-2c8cbad28234`,
  producer: `${ESCO_OCCUPATION}52b9e8dc-de6c-41dd-b29a-e1291c273f6f`,
  marketingManager: `${ESCO_OCCUPATION}6fcf4638-e7c7-4978-9302-9a7b63a3d57c`,
  blogger: `${ESCO_OCCUPATION}ac80b511-fd22-4edf-8570-e531704778bd`,
} as const;

// SMM: quantitative priorities (click-throughs to a site, sales).
export const SMM_KPIS_EN = [
  "Reach",
  "Click-throughs to the website",
  "Conversions",
  "Sales",
  "Cost per lead (CPL)",
];
export const SMM_KPIS_RU = [
  "Охват",
  "Переходы на сайт",
  "Конверсии",
  "Продажи",
  "Стоимость лида (CPL)",
];
export const SMM_CHANNELS_EN = [
  "Social networks (VK, Odnoklassniki, YouTube, Dzen)",
  "Targeted ads (VK Ads, Telegram Ads, Yandex Direct)",
  "Ad placements with bloggers and in Telegram channels",
  "Messengers (Telegram, WhatsApp)",
];
export const SMM_CHANNELS_RU = [
  "Социальные сети (ВКонтакте, Одноклассники, YouTube, Дзен)",
  "Таргетированная реклама (VK Реклама, Telegram Ads, Яндекс Директ)",
  "Рекламные размещения у блогеров и в Telegram-каналах",
  "Мессенджеры (Telegram, WhatsApp)",
];

// Community: interaction, an active and loyal audience, offline events.
export const COMMUNITY_KPIS_EN = [
  "Active members",
  "Member retention",
  "Event attendance",
  "Feedback volume (comments, reposts, reviews)",
  "Referrals (new members invited by existing ones)",
];
export const COMMUNITY_KPIS_RU = [
  "Активные участники",
  "Удержание участников",
  "Посещаемость мероприятий",
  "Объём обратной связи (комментарии, репосты, отзывы)",
  "Рекомендации (новые участники, приглашённые действующими)",
];
export const COMMUNITY_CHANNELS_EN = [
  "Online community platforms (VK communities, Telegram groups, Discord)",
  "Company website and forum",
  "Offline events and meetups",
  "Messengers and chats",
];
export const COMMUNITY_CHANNELS_RU = [
  "Платформы онлайн-сообществ (сообщества ВКонтакте, Telegram-группы, Discord)",
  "Сайт и форум компании",
  "Офлайн-мероприятия и встречи",
  "Мессенджеры и чаты",
];

/** Fresh copies of the SMM family's KPIs and channels for one role. */
export const smmKpisAndChannels = () => ({
  kpisEn: [...SMM_KPIS_EN], kpisRu: [...SMM_KPIS_RU],
  channelsEn: [...SMM_CHANNELS_EN], channelsRu: [...SMM_CHANNELS_RU],
});
/** Fresh copies of the community family's KPIs and channels for one role. */
export const communityKpisAndChannels = () => ({
  kpisEn: [...COMMUNITY_KPIS_EN], kpisRu: [...COMMUNITY_KPIS_RU],
  channelsEn: [...COMMUNITY_CHANNELS_EN], channelsRu: [...COMMUNITY_CHANNELS_RU],
});

type Level = SeedRequirement["minLevel"];
/** An ESSENTIAL requirement (must-have). */
export const ess = (skill: string, minLevel: Level): SeedRequirement => ({ skill, importance: "ESSENTIAL", minLevel });
/** An OPTIONAL requirement (nice-to-have). */
export const opt = (skill: string, minLevel: Level): SeedRequirement => ({ skill, importance: "OPTIONAL", minLevel });
