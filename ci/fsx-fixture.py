#!/usr/bin/env python3
"""Creates an FSx file system and a backup of it in a running moto server.

    MOTO_URL=http://127.0.0.1:PORT .venv/bin/python ci/fsx-fixture.py
    -> {"backup_id": "backup-1a2b3c4d", "file_system_id": "fs-5e6f7a8b"}

Run with the venv's python (ci/setup-python.sh). The region and the dummy credentials are
fixed because moto keys its state by account and region: a test that reads the backup back
must use the same ones (us-east-1, AKIDEXAMPLE / secret -> moto's default account).
"""
import json
import os
import sys

import boto3


def main() -> int:
    url = os.environ.get("MOTO_URL")
    if not url:
        print("fsx-fixture.py: MOTO_URL is not set (run `eval \"$(ci/moto-server.sh start)\"`)", file=sys.stderr)
        return 2
    fsx = boto3.client(
        "fsx",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    )
    # moto keeps only the fields it echoes back and checks none of them, but the values
    # are ones real FSx for Lustre would accept, so the fixture stays honest.
    fs = fsx.create_file_system(
        FileSystemType="LUSTRE",
        StorageCapacity=1200,
        StorageType="SSD",
        SubnetIds=["subnet-0123456789abcdef0"],
        LustreConfiguration={"DeploymentType": "PERSISTENT_2", "PerUnitStorageThroughput": 125},
    )["FileSystem"]
    backup = fsx.create_backup(FileSystemId=fs["FileSystemId"])["Backup"]
    json.dump({"backup_id": backup["BackupId"], "file_system_id": fs["FileSystemId"]}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
