import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { LabelledInput, SubmitWithError } from '../../components/form-fields';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';

const RecordRiskAssessment = graphql(`
  mutation RecordRiskAssessment($input: RecordRiskAssessmentInput!) {
    recordRiskAssessment(input: $input) {
      opportunityId
      updatedAt
    }
  }
`);

export interface RiskAssessmentShown {
  reviewedOn: string;
  reviewedBy: string;
  validUntil: string;
  link?: string | null;
  document?: { fileName: string; sizeBytes: number; downloadPath: string } | null;
}

/** The file's bytes in base64, as the API takes an uploaded PDF. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The risk assessment of an opportunity at the employer's premises: the one recorded, its PDF
 * to download, and (for the employer and the hub team) a form to record a new one.
 */
export function RiskAssessmentSection({
  opportunityId,
  assessment,
  endsOn,
  onRecorded,
}: {
  opportunityId: string;
  assessment: RiskAssessmentShown | null;
  endsOn: string;
  onRecorded: () => void;
}) {
  const { session } = useSession();
  const manages = ['EMPLOYER', 'HUB_ADMIN', 'HUB_STAFF'].includes(session?.user.role ?? '');
  const [recording, record] = useMutation(RecordRiskAssessment);
  const [reviewedOn, setReviewedOn] = useState('');
  const [reviewedBy, setReviewedBy] = useState('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);

  /** The download needs the bearer token, so it is fetched and handed over as a file. */
  async function download(path: string, fileName: string) {
    const response = await fetch(path, {
      headers: session ? { authorization: `Bearer ${session.token}` } : {},
    });
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const evidence = file
      ? { pdfBase64: await base64Of(file), fileName: file.name }
      : { link: link.trim() };
    const r = await record({ input: { opportunityId, reviewedOn, reviewedBy, ...evidence } });
    if (!r.error) onRecorded();
  }

  const document_ = assessment?.document;
  return (
    <section aria-labelledby="risk-assessment">
      <h2 id="risk-assessment">Risk assessment</h2>
      {assessment ? (
        <dl className="facts" data-testid="risk-assessment">
          <dt>Reviewed</dt>
          <dd>
            {assessment.reviewedOn} by {assessment.reviewedBy}
          </dd>
          <dt>Stands until</dt>
          <dd>
            {assessment.validUntil}
            {assessment.validUntil < endsOn && (
              <strong> (before the opportunity ends: review it again)</strong>
            )}
          </dd>
          <dt>Kept as</dt>
          <dd>
            {assessment.link ? (
              <a href={assessment.link} rel="noreferrer noopener" target="_blank">
                {assessment.link}
              </a>
            ) : document_ ? (
              <button
                type="button"
                className="secondary"
                onClick={() => void download(document_.downloadPath, document_.fileName)}
              >
                Download {document_.fileName} ({Math.ceil(document_.sizeBytes / 1024)} KB PDF)
              </button>
            ) : (
              'Not given'
            )}
          </dd>
        </dl>
      ) : (
        <p>None recorded: the hub cannot approve it until one is.</p>
      )}
      {manages && (
        <form onSubmit={(e) => void submit(e)} aria-label="Record the risk assessment">
          <LabelledInput
            label="Reviewed on"
            type="date"
            required
            value={reviewedOn}
            onChange={(e) => setReviewedOn(e.target.value)}
          />
          <LabelledInput
            label="Reviewed by"
            required
            maxLength={200}
            value={reviewedBy}
            onChange={(e) => setReviewedBy(e.target.value)}
          />
          <LabelledInput
            label="Link to it (or upload a PDF below)"
            type="url"
            value={link}
            disabled={!!file}
            onChange={(e) => setLink(e.target.value)}
          />
          <LabelledInput
            label="PDF, at most 5 MB"
            type="file"
            accept="application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <SubmitWithError
            result={recording}
            errorTitle="Not recorded"
            label="Record the risk assessment"
            busyLabel="Recording…"
          />
        </form>
      )}
    </section>
  );
}
