import type { HubOverviewQuery } from '../../gql/graphql';

/** The Hub Overview Dashboard as the page asks for it; each section draws a part of it. */
export type Dashboard = HubOverviewQuery['hubDashboard'];

export const BLUE = '#1d5a8c';
export const ORANGE = '#b34a00';
export const GREEN = '#1e6b33';
export const GREY = '#5d6770';

/** A figure to one decimal place, or a dash when there is none. */
export function one(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}
