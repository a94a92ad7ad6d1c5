/**
 * The queue board (Bull Board at /admin/queues, served by the API) is opened by a plain link, so
 * it cannot be sent the Authorization header: it accepts the token as this cookie instead. Only
 * the board's path receives it, never from another site, and it ends with the browser session.
 */
export const QUEUE_BOARD_PATH = '/admin/queues';
const COOKIE = 'chn_token';
const ATTRIBUTES = `path=${QUEUE_BOARD_PATH}; SameSite=Strict${
  location.protocol === 'https:' ? '; Secure' : ''
}`;

export function setQueueBoardCookie(token: string): void {
  document.cookie = `${COOKIE}=${encodeURIComponent(token)}; ${ATTRIBUTES}`;
}

export function clearQueueBoardCookie(): void {
  document.cookie = `${COOKIE}=; ${ATTRIBUTES}; max-age=0`;
}
