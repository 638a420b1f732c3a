import type { RaciLetter, SubjectType } from '../../app/model';

export const LETTER_HEADINGS: { letter: RaciLetter; heading: string }[] = [
  { letter: 'A', heading: 'Accountable for' },
  { letter: 'R', heading: 'Responsible for' },
  { letter: 'C', heading: 'Consulted on' },
  { letter: 'I', heading: 'Kept informed of' },
];

export const TYPE_LABELS: Record<SubjectType, string> = {
  policy: 'Policy',
  asset: 'Asset',
  responsibility: 'Area',
};

export interface OwnedItem {
  key: string;
  subjectType: SubjectType;
  subjectName: string;
  letter: RaciLetter;
  /** The role it comes through, on a person's page. */
  via?: string;
}

/** Everything owned, one section per letter, each with its count. */
export function OwnershipList({ items, who }: { items: readonly OwnedItem[]; who: string }) {
  return (
    <div className="page__letters">
      {LETTER_HEADINGS.map(({ letter, heading }) => {
        const list = items
          .filter((i) => i.letter === letter)
          .sort((a, b) => a.subjectName.localeCompare(b.subjectName));
        return (
          <section key={letter} className={`page__section page__section--${letter}`} aria-label={heading}>
            <h3>
              <span className={`raci-letter raci__letter--${letter}`} aria-hidden="true">
                {letter}
              </span>
              {heading} <span className="count">{list.length}</span>
            </h3>
            {list.length === 0 ? (
              <p className="muted">{`${who} is not ${heading.toLowerCase()} anything.`}</p>
            ) : (
              <ul className="plain-list">
                {list.map((i) => (
                  <li key={i.key} className="assignment">
                    <span className={`type-label type-label--${i.subjectType}`}>
                      {TYPE_LABELS[i.subjectType]}
                    </span>
                    <span className="page__subject">{i.subjectName}</span>
                    {i.via !== undefined && <span className="page__via">via {i.via}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
