// The "Names and words" tab: the allowlist, the school's confidential terms and banned phrases.

import { isLocked } from '../../../settings/managed';
import type { Settings } from '../../../settings/schema';
import type { AdminStateApi } from '../useAdminState';
import { TermListEditor } from './TermListEditor';

type ListKey = 'allowlist' | 'confidentialTerms' | 'bannedPhrases';

export function WordListsPanel({ admin }: { admin: AdminStateApi }) {
  const { settings, managed } = admin.state!;
  const save = (key: ListKey) => (terms: string[], message: string) =>
    admin.updateSettings((local: Settings) => ({ ...local, [key]: terms }), message);

  return (
    <div class="panel">
      <h2>Names and words</h2>
      <TermListEditor
        title="Names never to flag"
        help="Staff, governors and local people who are often named in posts (for example “Mrs Helen Carter”, “Councillor Patel”). SafeToPost will not treat them as pupils."
        inputLabel="Name to add"
        placeholder="Mrs Helen Carter"
        terms={settings.allowlist}
        locked={isLocked(managed, 'allowlist')}
        onChange={save('allowlist')}
      />
      <TermListEditor
        title="Confidential terms"
        help="Words that must never appear in a post: door codes, internal project names, a contractor’s name. Posts that contain one are checked by the “confidential” rule."
        inputLabel="Term to add"
        placeholder="gate code 4721"
        terms={settings.confidentialTerms}
        locked={isLocked(managed, 'confidentialTerms')}
        onChange={save('confidentialTerms')}
      />
      <TermListEditor
        title="Banned phrases"
        help="Phrases the school never wants in a post, such as unkind labels for pupils or families."
        inputLabel="Phrase to add"
        terms={settings.bannedPhrases}
        locked={isLocked(managed, 'bannedPhrases')}
        onChange={save('bannedPhrases')}
      />
    </div>
  );
}
