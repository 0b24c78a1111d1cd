#!/usr/bin/env bash
# Regenerates the compiled EF models (src/Guangong.Web/Infrastructure/Data/CompiledModels/Sqlite and Postgres) from the
# code's model. Run it after every change to the model: an entity, a property, an index, a relationship, a conversion
# (whenever a migration is added, and for the few changes that need none). CompiledModelTests fails until it is run.
# A start loads the compiled model instead of building the model again (about 2 s of CPU: docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/../src/Guangong.Web"
models=Infrastructure/Data/CompiledModels
dotnet tool restore >/dev/null
rm -rf "$models/Sqlite" "$models/Postgres"
dotnet build -p:GuangongWithoutCompiledModels=true
for provider in Sqlite Postgres; do
  dotnet ef dbcontext optimize --no-build --context "${provider}GuangongDbContext" \
    --output-dir "$models/$provider" --namespace "Guangong.Web.Infrastructure.Data.CompiledModels.$provider"
done
echo "Compiled models written to src/Guangong.Web/$models; build again to use them."
