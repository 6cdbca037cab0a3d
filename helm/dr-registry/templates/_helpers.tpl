{{- define "drr.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "drr.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "drr.selectorLabels" -}}
app.kubernetes.io/name: {{ include "drr.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "drr.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "drr.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "drr.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "drr.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The CloudNativePG cluster name and the Secret it creates for the application user (<cluster>-app). */}}
{{- define "drr.pgCluster" -}}
{{- printf "%s-pg" (include "drr.fullname" .) | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{- define "drr.jdbcUrl" -}}
{{- if eq .Values.database.mode "cloudnativepg" -}}
jdbc:postgresql://{{ include "drr.pgCluster" . }}-rw:5432/drregistry
{{- else -}}
{{- $e := .Values.database.external -}}
jdbc:postgresql://{{ required "database.external.host is required when database.mode is external" $e.host }}:{{ $e.port }}/{{ $e.name }}{{ if $e.parameters }}?{{ $e.parameters }}{{ end }}
{{- end -}}
{{- end -}}

{{- define "drr.dbSecret" -}}
{{- if eq .Values.database.mode "cloudnativepg" -}}
{{- printf "%s-app" (include "drr.pgCluster" .) -}}
{{- else -}}
{{- required "database.external.existingSecret (keys username, password) is required when database.mode is external" .Values.database.external.existingSecret -}}
{{- end -}}
{{- end -}}
