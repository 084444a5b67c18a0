# Sourced by .ci/run: starts a throwaway PostgreSQL cluster and a Redis server on loopback, each on
# a free port under a temporary folder, and exports DATABASE_URL and REDIS_URL for the tests, so the
# storage suites run against both backends. Debian's packages are installed when missing. Both
# servers stop when the sourcing shell exits.

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || ! command -v redis-server >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

services_dir="$(mktemp -d)"
# PostgreSQL refuses to run as root, and CI runs as root: the cluster belongs to the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$services_dir"
pg_port="$(free_port)"
as_postgres "$pg_bin/initdb" -D "$services_dir/pg" -U hub --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $services_dir -c fsync=off" -l "$services_dir/pg.log" -w start >/dev/null
as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U hub hub
redis_port="$(free_port)"
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes --pidfile "$services_dir/redis.pid" --logfile "$services_dir/redis.log"

stop_services() {
  as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg" -m fast stop >/dev/null || true
  [ -f "$services_dir/redis.pid" ] && kill "$(cat "$services_dir/redis.pid")" || true
  rm -rf "$services_dir"
}
trap stop_services EXIT

export DATABASE_URL="postgres://hub@127.0.0.1:$pg_port/hub"
export REDIS_URL="redis://127.0.0.1:$redis_port"
echo "storage services: DATABASE_URL=$DATABASE_URL REDIS_URL=$REDIS_URL"
