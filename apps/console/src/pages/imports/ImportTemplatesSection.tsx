import { useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { csvBlob, saveFile } from '../../components/download-csv';
import { LabelledSelect } from '../../components/form-fields';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import type { CsvImportKind } from '../../gql/graphql';

const ImportTemplate = graphql(`
  query ImportTemplate($kind: CsvImportKind!) {
    csvImportTemplate(kind: $kind) {
      fileName
      csv
      columns {
        name
        description
      }
    }
  }
`);

export const TEMPLATE_NAMES: Record<CsvImportKind, string> = {
  INSTITUTIONS: 'Institutions (GIAS extract)',
  INSTITUTION_STATUS: 'Institutions’ hub status',
  ADVISERS: 'Advisers',
  MATCHES: 'Match history',
  EMPLOYERS: 'Employers and memberships',
  OPPORTUNITIES: 'Opportunities',
  BOOKINGS: 'Bookings',
  COMPASS_EVALUATIONS: 'Compass evaluations',
  FSQ: 'Future Skills Questionnaire completions',
};

/** Each import's template: its columns explained, and the header row to download. */
export function ImportTemplatesSection() {
  const [kind, setKind] = useState<CsvImportKind>('ADVISERS');
  const [result] = useQuery({ query: ImportTemplate, variables: { kind } });
  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">Templates</h2>
      <LabelledSelect label="Template of" value={kind} names={TEMPLATE_NAMES} onChange={setKind} />
      <QueryState result={result} what="the template">
        {({ csvImportTemplate: template }) => (
          <>
            <button
              type="button"
              className="secondary"
              onClick={() => saveFile(template.fileName, csvBlob(template.csv))}
            >
              Download {template.fileName}
            </button>
            <DataTable
              testId="template-columns"
              caption={`Columns of ${template.fileName}`}
              columns={['Column', 'What it holds']}
            >
              {template.columns.map((column) => (
                <tr key={column.name}>
                  <th scope="row">
                    <code>{column.name}</code>
                  </th>
                  <td>{column.description}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </QueryState>
    </section>
  );
}
