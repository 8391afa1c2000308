resource "aws_db_instance" "main" {
  username = "app"
  # ruleid: secret.generic-assignment
  password = "{{fake:alnum:20}}"
  # ok: secret.generic-assignment
  password = var.db_password
}
variable "api_token" {
  # ruleid: secret.generic-assignment
  default = "x" # token = "{{fake:alnum:30}}"
  # ok: secret.generic-assignment
  description = "the API token"
}
