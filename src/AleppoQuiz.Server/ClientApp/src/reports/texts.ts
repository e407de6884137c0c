// The report pages' sentences about abandoned games, together so they can be translated in one place.
export const abandonedTexts = {
  badge: "abandoned",
  badgeTitle: "Nobody played on, so the server ended this game; it is left out of mastery unless included.",
  include: (count: number) => `Include ${count === 1 ? "1 abandoned game" : `${count} abandoned games`} (ended because nobody played on)`,
} as const;
