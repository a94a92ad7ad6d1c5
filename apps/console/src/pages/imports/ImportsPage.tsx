import { useSession } from '../../session/session';
import { ExportHubDataButton } from './ExportHubDataButton';
import { ImportFileSection } from './ImportFileSection';
import { ImportHubDataSection } from './ImportHubDataSection';
import { ImportTemplatesSection } from './ImportTemplatesSection';

/** Hub staff: load the hub's spreadsheets (checked by a dry run first), their templates, and the export. */
export function ImportsPage() {
  const { session } = useSession();
  return (
    <>
      <h1>Imports</h1>
      <p>
        Load the hub’s spreadsheets as CSV files. Each file is checked first: nothing is written
        until you confirm, and a file with any refused row is not imported at all.
      </p>
      <ImportFileSection />
      <ImportTemplatesSection />
      {session?.user.role === 'HUB_ADMIN' && <ImportHubDataSection />}
      {session?.user.role === 'HUB_ADMIN' && (
        <section aria-labelledby="export-heading">
          <h2 id="export-heading">All of the hub’s data</h2>
          <p>
            One zip archive of CSV files, in the columns the imports read, to keep or to move the
            hub to another service.
          </p>
          <ExportHubDataButton />
        </section>
      )}
    </>
  );
}
