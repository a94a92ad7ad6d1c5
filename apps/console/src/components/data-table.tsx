import { ReactNode, useLayoutEffect, useRef, useState } from 'react';

/** Whether the element is narrower than its content, kept true as the window or content changes. */
function useOverflowing<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing] as const;
}

/**
 * A table with a caption for screen readers and a header row of column names; the rows are the
 * children, the footer rows (totals) optional. On a screen narrower than the table, the table
 * scrolls sideways on its own (the page does not), and only then is the scrolling region a
 * named tab stop, so keyboard users can scroll it too.
 */
export function DataTable({
  testId,
  caption,
  columns,
  children,
  footer,
}: {
  testId?: string;
  caption: string;
  columns: ReactNode[];
  children: ReactNode;
  footer?: ReactNode;
}) {
  const [ref, overflowing] = useOverflowing<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflowing
        ? { role: 'region', 'aria-label': `${caption} (scrolls sideways)`, tabIndex: 0 }
        : {})}
    >
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
    </div>
  );
}
