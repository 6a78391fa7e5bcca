{{/* Names and labels shared by every object. */}}
{{- define "gateway.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "gateway.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "gateway.labels" -}}
app.kubernetes.io/name: {{ include "gateway.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "gateway.selector" -}}
app.kubernetes.io/name: {{ include "gateway.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "gateway.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "gateway.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "gateway.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* The pod spec both Deployments share; .component is api or worker, .role the Gateway__Role value. */}}
{{- define "gateway.pod" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $part := index $v .component -}}
serviceAccountName: {{ include "gateway.serviceAccountName" $root }}
automountServiceAccountToken: false
securityContext:
  {{- toYaml $v.podSecurityContext | nindent 2 }}
{{- with $v.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
containers:
  - name: {{ .component }}
    image: {{ include "gateway.image" $root }}
    imagePullPolicy: {{ $v.image.pullPolicy }}
    ports:
      - name: http
        containerPort: {{ $v.containerPort }}
        protocol: TCP
    envFrom:
      - configMapRef:
          name: {{ include "gateway.fullname" $root }}
    env:
      - name: Gateway__Role
        value: {{ .role | quote }}
      {{- if $v.postgres.existingSecret }}
      - name: Gateway__PostgresConnectionString
        valueFrom:
          secretKeyRef:
            name: {{ $v.postgres.existingSecret }}
            key: {{ $v.postgres.connectionStringKey }}
      {{- end }}
      {{- if $v.adminKey.existingSecret }}
      - name: Gateway__AdminKeyHash
        valueFrom:
          secretKeyRef:
            name: {{ $v.adminKey.existingSecret }}
            key: {{ $v.adminKey.key }}
      {{- end }}
      {{- if $v.kafka.existingSecret }}
      {{- range $v.kafka.secretKeys }}
      - name: {{ printf "Gateway__Stream__Kafka__Producer__%s" . | quote }}
        valueFrom:
          secretKeyRef: { name: {{ $v.kafka.existingSecret }}, key: {{ . | quote }} }
      - name: {{ printf "Gateway__Stream__Kafka__Consumer__%s" . | quote }}
        valueFrom:
          secretKeyRef: { name: {{ $v.kafka.existingSecret }}, key: {{ . | quote }} }
      {{- end }}
      {{- end }}
    startupProbe:
      httpGet: { path: /health/live, port: http }
      periodSeconds: {{ $v.probes.startup.periodSeconds }}
      failureThreshold: {{ $v.probes.startup.failureThreshold }}
    livenessProbe:
      httpGet: { path: /health/live, port: http }
      {{- toYaml $v.probes.liveness | nindent 6 }}
    readinessProbe:
      httpGet: { path: /health/ready, port: http }
      {{- toYaml $v.probes.readiness | nindent 6 }}
    resources:
      {{- toYaml $part.resources | nindent 6 }}
    securityContext:
      {{- toYaml $v.securityContext | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
      {{- if $v.watchListsVolume.existingClaim }}
      - name: lists
        mountPath: {{ $v.watchListsVolume.mountPath }}
        readOnly: true
      {{- end }}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ $v.tmpSizeLimit }}
  {{- if $v.watchListsVolume.existingClaim }}
  - name: lists
    persistentVolumeClaim:
      claimName: {{ $v.watchListsVolume.existingClaim }}
      readOnly: true
  {{- end }}
{{- with $part.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $part.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $part.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
