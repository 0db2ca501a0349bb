-- docker-compose only: one database per service, each owned by its own login role, so a service
-- cannot touch another service's tables, plus the person key store they share. Runs once, when the postgres-data volume is empty
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

-- the person key store of crypto-shredding, shared by every service (each logs in as person_keys
-- there: PERSON_KEYS_DATABASE_USERNAME); destroying a person's key erases their data on every topic
CREATE ROLE person_keys LOGIN PASSWORD 'person_keys';
CREATE DATABASE person_keys OWNER person_keys;

-- only the owner (and superusers) may connect to a service's database
REVOKE CONNECT, TEMPORARY ON DATABASE catalog, lead, salesdesk, orders, contract, person_keys FROM PUBLIC;
