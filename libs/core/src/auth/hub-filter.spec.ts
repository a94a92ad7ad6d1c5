import { hubCondition } from './hub-filter';

describe('hub condition', () => {
  it('compares one hub with = so an index led by hub_id is walked in order', () => {
    expect(hubCondition('o.hub_id', ['hub-a'])).toEqual({
      sql: 'o.hub_id = :o_hub_id_hubs',
      parameters: { o_hub_id_hubs: 'hub-a' },
    });
  });

  it('compares several hubs with = ANY', () => {
    expect(hubCondition('b.hub_id', ['hub-a', 'hub-b'])).toEqual({
      sql: 'b.hub_id = ANY(:b_hub_id_hubs)',
      parameters: { b_hub_id_hubs: ['hub-a', 'hub-b'] },
    });
  });
});
