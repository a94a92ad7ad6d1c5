import { useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { ErrorNotice } from '../../components/status';
import { academicYearAt, recentAcademicYears } from '../../academic-year';
import { useRefetchOn } from '../../use-refetch-on';
import { NationalReferenceForm, NationalReferenceOfYear } from './NationalReferenceForm';

/** National administrators: the national figures each recent year is compared with, and their editing. */
export function NationalReferencePage() {
  const years = recentAcademicYears(academicYearAt(new Date()), 6);
  const [editing, setEditing] = useState<string | null>(null);
  // Bumped after a save so every year's row asks again (a year may fall back on the one saved).
  const [changes, setChanges] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <h1>National reference data</h1>
      <p>
        The national figures each hub’s dashboard is compared with. A year without figures of its
        own uses the latest earlier year’s.
      </p>
      <div aria-live="polite">
        {saved && (
          <p className="notice notice-ok" role="status">
            Saved the national figures of {saved}.
          </p>
        )}
      </div>
      <DataTable
        testId="national-reference-years"
        caption="National reference figures by academic year"
        columns={['Academic year', 'Figures', 'Average benchmarks', 'Edit']}
      >
        {years.map((year) => (
          <YearRow
            key={year}
            year={year}
            changes={changes}
            onEdit={() => {
              setSaved(null);
              setEditing(year);
            }}
          />
        ))}
      </DataTable>
      {editing && (
        <NationalReferenceForm
          key={editing}
          academicYear={editing}
          onSaved={() => {
            setSaved(editing);
            setChanges((n) => n + 1);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}

function YearRow(props: { year: string; changes: number; onEdit: () => void }) {
  const [result, refetch] = useQuery({
    query: NationalReferenceOfYear,
    variables: { academicYear: props.year },
  });
  useRefetchOn(props.changes, refetch);
  const reference = result.data?.nationalReference;
  return (
    <tr data-testid="national-reference-year">
      <th scope="row">{props.year}</th>
      <td>
        {result.error ? (
          <ErrorNotice error={result.error} />
        ) : !result.data ? (
          'Loading…'
        ) : !reference ? (
          'None held'
        ) : reference.academicYear === props.year ? (
          'Its own'
        ) : (
          `None of its own: uses ${reference.academicYear}’s`
        )}
      </td>
      <td className="num">{reference ? reference.averageAchieved : '—'}</td>
      <td>
        <button type="button" className="secondary" onClick={props.onEdit}>
          Edit <span className="visually-hidden">{props.year}</span>
        </button>
      </td>
    </tr>
  );
}
