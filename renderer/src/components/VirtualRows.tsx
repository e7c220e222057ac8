// A table whose body holds only the rows in view plus a margin, whatever the count: ten years of a
// province is 400 inspections and 6,000 recommendations, and a page with every row in it took
// seconds to appear (docs/architecture.md, "Testing": speed is measured by `npm run bench`).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';

interface Props<T> {
  rows: readonly T[];
  /** A stable key per row; the index is there for rows not read yet (placeholders). */
  rowKey: (row: T, index: number) => string;
  /** CSS grid columns shared by the header and every row, e.g. "190px minmax(0, 1fr) 150px". */
  columns: string;
  headers: string[];
  /** The cells of one row, in column order: <Cell> elements (a component may hold the row's state). */
  render: (row: T, index: number) => ReactNode;
  rowProps?: (row: T) => Record<string, string | undefined>;
  estimate?: number;
  testId?: string;
  rowTestId?: string;
  /** Height of the scrolling body; the list scrolls inside it, the page around it stays put. */
  height?: string;
}

const border = '1px solid var(--mantine-color-gray-3)';
const CELL: CSSProperties = { padding: '8px 10px', minWidth: 0 };

export function Cell({ children }: { children?: ReactNode }) {
  return <div role="cell" style={CELL}>{children}</div>;
}

export function VirtualRows<T>({ rows, rowKey, columns, headers, render, rowProps, estimate = 56, testId, rowTestId, height = 'calc(100vh - 300px)' }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan: 8,
    getItemKey: (k) => rowKey(rows[k], k),
  });
  const grid: CSSProperties = { display: 'grid', gridTemplateColumns: columns };
  return (
    <div data-testid={testId} role="table" aria-rowcount={rows.length + 1} style={{ border, borderRadius: 4 }}>
      <div role="row" style={{ ...grid, fontWeight: 600, fontSize: 14, borderBottom: border }}>
        {headers.map((h, k) => <div role="columnheader" key={k} style={CELL}>{h}</div>)}
      </div>
      <div ref={scroller} style={{ maxHeight: height, overflowY: 'auto' }}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div key={item.key} data-index={item.index} ref={virtual.measureElement} role="row" data-testid={rowTestId}
                {...rowProps?.(row)}
                style={{
                  ...grid, position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-2)', background: item.index % 2 === 0 ? 'var(--mantine-color-gray-0)' : undefined,
                }}>
                {render(row, item.index)}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
