#!/usr/bin/env bash
# Ensures a MariaDB server answers on 127.0.0.1:3306 and that the test database and user exist.
set -euo pipefail
if ! mysqladmin -uroot --host=127.0.0.1 ping >/dev/null 2>&1; then
  echo "ci: starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql >/dev/null
  start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin -uroot --host=127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS coderise_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'coderise'@'127.0.0.1' IDENTIFIED BY 'coderise';
CREATE USER IF NOT EXISTS 'coderise'@'localhost' IDENTIFIED BY 'coderise';
GRANT ALL ON coderise_test.* TO 'coderise'@'127.0.0.1';
GRANT ALL ON coderise_test.* TO 'coderise'@'localhost';
SQL
# Each CI run starts from an empty schema, as a fresh machine would.
mysql -uroot -e "DROP DATABASE coderise_test; CREATE DATABASE coderise_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
