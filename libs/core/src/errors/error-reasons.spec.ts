import { DomainError } from './domain-error';
import { ERROR_REASONS } from './error-reasons';

describe('error reasons', () => {
  it('are each a GraphQL enum name with a one-line description', () => {
    for (const [reason, description] of Object.entries(ERROR_REASONS)) {
      expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(description).toMatch(/^\S.*\.$/);
    }
  });

  it('are the only reasons a DomainError takes (checked when compiling)', () => {
    // @ts-expect-error: not a listed reason
    expect(DomainError.conflict('NOT_A_REASON', 'clash').reason).toBe('NOT_A_REASON');
    // @ts-expect-error: WIDGET_NOT_FOUND is not a listed reason
    expect(DomainError.notFound('widget').reason).toBe('WIDGET_NOT_FOUND');
    expect(DomainError.notFound('sector group', 'x').reason).toBe('SECTOR_GROUP_NOT_FOUND');
    expect(DomainError.forbidden().reason).toBe('FORBIDDEN');
  });
});
