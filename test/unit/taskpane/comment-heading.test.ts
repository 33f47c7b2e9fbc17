import { commentHeading } from '../../../src/taskpane/views/consultation/comment-heading';

describe('a comment’s heading in the Consultation list', () => {
  it('names the author and the partner', () => {
    expect(commentHeading('Jo Bloggs', 'Kent Police')).toBe('Jo Bloggs · Kent Police');
    expect(commentHeading('Kent County Council Community Safety', 'Kent County Council')).toBe(
      'Kent County Council Community Safety · Kent County Council',
    );
  });

  it('says an organisation’s own account once, whatever its case, "&" or punctuation', () => {
    expect(commentHeading('Kent Police', 'Kent Police')).toBe('Kent Police');
    expect(commentHeading('NHS Kent and Medway', 'NHS Kent and Medway')).toBe('NHS Kent and Medway');
    expect(commentHeading('Kent Fire and Rescue Service', 'Kent Fire & Rescue Service')).toBe(
      'Kent Fire and Rescue Service',
    );
    expect(commentHeading(' KENT POLICE. ', 'Kent Police')).toBe('KENT POLICE.');
  });

  it('names a comment without an author', () => {
    expect(commentHeading('', 'Unassigned')).toBe('Unnamed author · Unassigned');
    expect(commentHeading('   ', 'Kent Police')).toBe('Unnamed author · Kent Police');
  });
});
