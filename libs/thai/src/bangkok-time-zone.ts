/** Thailand has one zone, UTC+7 with no daylight saving; every "today" and every displayed time uses it. */
export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
