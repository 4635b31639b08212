import { isOpen } from '../data/access';
import { byName, groupByLetter, type AzLetter } from '../lib/a-to-z';
import { getServices, type DirectoryService } from './load';

/** One letter of the services A to Z: services people can use, then ones that have stopped (kept so old links explain what happened). */
export interface AzLetterGroup {
  letter: AzLetter;
  open: DirectoryService[];
  stopped: DirectoryService[];
}

export interface ServicesAtoZ {
  /** Letters that have any service, A to Z, numbers last. */
  letters: AzLetterGroup[];
  /** Keys of those letters, for the letter links. */
  withServices: Set<string>;
  /** Every open service, A to Z. */
  open: DirectoryService[];
  /** Every stopped service, A to Z. */
  stopped: DirectoryService[];
}

let cache: Promise<ServicesAtoZ> | undefined;

/**
 * The services A to Z, grouped once for the whole build: the A to Z page and
 * every letter page read this (at 10,000 services, grouping on each of ~70
 * letter pages was repeated work).
 */
export function getServicesAtoZ(): Promise<ServicesAtoZ> {
  cache ??= (async () => {
    const services = await getServices();
    const open = services.filter((s) => isOpen(s.status)).sort(byName);
    const stopped = services.filter((s) => !isOpen(s.status)).sort(byName);
    const openByLetter = new Map(groupByLetter(open).map((g) => [g.letter.key, g]));
    const stoppedByLetter = new Map(groupByLetter(stopped).map((g) => [g.letter.key, g]));
    const letters = groupByLetter(services).map(({ letter }) => ({
      letter,
      open: openByLetter.get(letter.key)?.services ?? [],
      stopped: stoppedByLetter.get(letter.key)?.services ?? [],
    }));
    return { letters, withServices: new Set(letters.map((l) => l.letter.key)), open, stopped };
  })();
  return cache;
}
