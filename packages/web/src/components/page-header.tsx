import { Breadcrumb, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";

interface Crumb {
  title: string;
  to?: string;
}

interface Props {
  title: ReactNode;
  subTitle?: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
  breadcrumbs?: Crumb[];
  children?: ReactNode;
}

/** The header of every page: breadcrumbs, a title with tags, and actions on the right. */
export function PageHeader({ title, subTitle, tags, extra, breadcrumbs, children }: Props) {
  return (
    <div className="page-header">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumb
          className="page-breadcrumb"
          items={breadcrumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title }))}
        />
      )}
      <div className="page-header-row">
        <div className="page-header-heading">
          <Typography.Title level={4} className="page-title">
            {title}
          </Typography.Title>
          {subTitle && <span className="page-subtitle">{subTitle}</span>}
          {tags}
        </div>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
      {children}
    </div>
  );
}
