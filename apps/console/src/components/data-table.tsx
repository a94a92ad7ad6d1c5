import { ReactNode } from 'react';

/**
 * A table with a caption for screen readers and a header row of column names; the rows are the
 * children, the footer rows (totals) optional.
 */
export function DataTable({
  testId,
  caption,
  columns,
  children,
  footer,
}: {
  testId?: string;
  caption: ReactNode;
  columns: ReactNode[];
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <table data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
