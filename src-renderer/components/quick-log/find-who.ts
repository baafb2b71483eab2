import { invoke } from '../../api/client';
import type { QuickLogHit } from './quick-log-input';

const MAX_HITS = 6;

async function search(q: string): Promise<QuickLogHit[]> {
  const hits = await invoke('search.global', { q, limit: MAX_HITS, entities: ['contact', 'company'] });
  return hits.flatMap((hit): QuickLogHit[] =>
    hit.entity === 'contact' || hit.entity === 'company' ? [{ entity: hit.entity, id: hit.id, name: hit.title, detail: hit.subtitle }] : [],
  );
}

/**
 * Contacts and companies matching the name a quick-log line gives, best first (search.global).
 * "Jean Dupond" that matches nobody is looked for again by its last word. One search per name
 * and dialog: the preview and the save wait on the same answer.
 */
export function whoFinder(): (name: string) => Promise<QuickLogHit[]> {
  const answers = new Map<string, Promise<QuickLogHit[]>>();
  return (name) => {
    const key = name.trim();
    let answer = answers.get(key);
    if (!answer) {
      answer = search(key).then(async (hits) => {
        const words = key.split(/\s+/u);
        const last = words[words.length - 1];
        return hits.length > 0 || words.length < 2 || !last ? hits : search(last);
      });
      // A failed search is asked again next time.
      answer.catch(() => answers.delete(key));
      answers.set(key, answer);
    }
    return answer;
  };
}
