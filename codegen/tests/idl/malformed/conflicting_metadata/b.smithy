$version: "2"
metadata owner = "team-b"
metadata list = ["b"]
