-- Failed sign-ins under usernames that name no account are counted as for an account (R-PR-3):
-- after five, the answer is the locked account's, so a lockout does not tell which accounts exist.
create table unknown_login_failures (
  username text primary key,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null
);
create index unknown_login_failures_updated_at on unknown_login_failures (updated_at);
