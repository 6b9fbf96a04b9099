$version: "2"
metadata owner = "team-a"
metadata list = ["a"]
