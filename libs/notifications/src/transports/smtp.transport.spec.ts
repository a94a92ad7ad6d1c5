import { messageIdOf } from './smtp.transport';

describe('messageIdOf', () => {
  const id = '3f1c2a9e-7b7d-4a43-9d59-0c7a3c2f6a11';

  it('is the notification id at the sender domain, whatever the try', () => {
    const from = 'Careers Hub Network <no-reply@lcrcareershub.co.uk>';
    expect(messageIdOf(id, from)).toBe(`<${id}@lcrcareershub.co.uk>`);
    expect(messageIdOf(id, from)).toBe(messageIdOf(id, from));
  });

  it('reads a bare address, and falls back to a local domain without one', () => {
    expect(messageIdOf(id, 'hub@example.org')).toBe(`<${id}@example.org>`);
    expect(messageIdOf(id, 'Careers Hub')).toBe(`<${id}@careershub.localhost>`);
  });
});
