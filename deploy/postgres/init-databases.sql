-- docker-compose only: one database per service, each owned by its own login role, so a service
-- cannot touch another service's tables. Runs once, when the postgres-data volume is empty
-- (docker compose down -v starts over). Demo passwords (= role name); Kubernetes uses
-- CloudNativePG (k8s/overlays/dev) or the operator's own databases (k8s/overlays/prod).

CREATE ROLE catalog LOGIN PASSWORD 'catalog';
CREATE DATABASE catalog OWNER catalog;

CREATE ROLE lead LOGIN PASSWORD 'lead';
CREATE DATABASE lead OWNER lead;

CREATE ROLE salesdesk LOGIN PASSWORD 'salesdesk';
CREATE DATABASE salesdesk OWNER salesdesk;

CREATE ROLE orders LOGIN PASSWORD 'orders';
CREATE DATABASE orders OWNER orders;

CREATE ROLE contract LOGIN PASSWORD 'contract';
CREATE DATABASE contract OWNER contract;

-- only the owner (and superusers) may connect to a service's database
REVOKE CONNECT, TEMPORARY ON DATABASE catalog, lead, salesdesk, orders, contract FROM PUBLIC;
