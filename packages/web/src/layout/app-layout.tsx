import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  SafetyCertificateOutlined,
  BankOutlined,
} from "@ant-design/icons";
import { Avatar, Button, Dropdown, Layout, Menu, Space, Spin, Tag } from "antd";
import type { MenuProps } from "antd";
import { Suspense, useState } from "react";
import { Link, Outlet, useLocation } from "react-router-dom";
import { ChangePasswordModal } from "../features/auth/change-password-modal";
import { useAuth, useMe } from "../features/auth/auth-context";
import { NoticeBell } from "../features/notices/notices";
import { activeNavPath, visibleNav } from "./nav";

const { Sider, Header, Content } = Layout;

export function AppLayout() {
  const me = useMe();
  const { can, logout, refresh } = useAuth();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);

  const items = visibleNav(can);
  const selected = activeNavPath(location.pathname, items);
  const menuItems: MenuProps["items"] = items.map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={item.path}>{item.label}</Link>,
  }));

  const userMenu: MenuProps = {
    items: [
      { key: "password", icon: <KeyOutlined />, label: "修改密码" },
      { type: "divider" },
      { key: "logout", icon: <LogoutOutlined />, label: "退出登录", danger: true },
    ],
    onClick: ({ key }) => {
      if (key === "password") setPwOpen(true);
      if (key === "logout") void logout();
    },
  };

  return (
    <Layout className="app-shell">
      <Sider
        width={220}
        collapsedWidth={64}
        collapsible
        collapsed={collapsed}
        trigger={null}
        breakpoint="lg"
        onBreakpoint={(broken) => setCollapsed(broken)}
        className="app-sider"
      >
        <Link to="/" className="app-logo" aria-label="智矫 首页">
          <SafetyCertificateOutlined className="app-logo-icon" />
          {!collapsed && (
            <span className="app-logo-text">
              智矫<span className="app-logo-sub">社区矫正综合管理平台</span>
            </span>
          )}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuItems}
          aria-label="主导航"
          className="app-menu"
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Button
            type="text"
            aria-label={collapsed ? "展开菜单" : "收起菜单"}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!collapsed)}
          />
          <div className="app-header-org" data-testid="header-org">
            <BankOutlined /> {me.org.name}
          </div>
          <div style={{ flex: 1 }} />
          {can("notice:list") && <NoticeBell />}
          <Dropdown menu={userMenu} trigger={["click"]} placement="bottomRight">
            <Button type="text" className="app-user" data-testid="user-menu" aria-label="用户菜单">
              <Space size={8}>
                <Avatar size="small" className="app-user-avatar">
                  {me.displayName.slice(0, 1)}
                </Avatar>
                <span className="app-user-name">{me.displayName}</span>
                <Tag color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
                  {me.roleLabel}
                </Tag>
                <DownOutlined style={{ fontSize: 10 }} />
              </Space>
            </Button>
          </Dropdown>
        </Header>
        <Content className="app-content">
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal
        open={pwOpen || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setPwOpen(false)}
        onChanged={() => {
          setPwOpen(false);
          void refresh();
        }}
      />
    </Layout>
  );
}
