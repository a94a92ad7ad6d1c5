/** Named prepared statements for the dashboard's large reads: the one helper lives in core. */
export { preparedQuery } from '@chn/core';
