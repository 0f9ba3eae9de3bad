/** The dated price books every service offers: today's us-east-1 list prices, and 2018's. */
export const PRICE_BOOK_IDS = ['current', '2018'] as const
export type PriceBookId = (typeof PRICE_BOOK_IDS)[number]
